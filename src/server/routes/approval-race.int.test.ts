import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationContent, patientIdByMrn, schwartzmanPlan, signedEvaluation } from "../planning/testing";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const MEASURED = "2026-03-02T07:30:00.000Z";
const WEEK_MS = 7 * 86_400_000;

describe("approvals racing for a chair", () => {
  let server: TestServer;
  let physician: Session;
  let chairs: string[];
  let tomas: string;
  let daniel: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    physician = await signIn(server.base, "physician@demo.ketaguard.test");
    [tomas, daniel] = await Promise.all([
      patientIdByMrn(physician, "KG-1004"),
      patientIdByMrn(physician, "KG-1002"),
    ]);
    chairs = (await physician.request("GET", "/api/chairs")).body.items.map((c: { id: string }) => c.id);
    for (const id of [tomas, daniel]) await signedEvaluation(physician, id, evaluationContent(MEASURED));
  });
  afterAll(() => server.close());

  const save = async (patientId: string, plan: unknown, previousId?: string) =>
    (
      await physician.request("POST", `/api/patients/${patientId}/plans`, {
        body: { plan, ...(previousId ? { previousId } : {}) },
      })
    ).body as { id: string };
  const approve = (patientId: string, planId: string, firstSessionAt: string, chairId: string) =>
    physician.request("POST", `/api/patients/${patientId}/plans/${planId}/approve`, {
      body: { firstSessionAt, chairId },
    });

  it("never lets a longer chair time for moved sessions and a new booking right after them both through", async () => {
    const once = schwartzmanPlan({ schedule: { sessions: 1, pattern: "daily" } });
    for (let week = 1; week <= 5; week++) {
      const nine = new Date(Date.parse("2026-03-02T09:00:00.000Z") + week * WEEK_MS);
      // 4 h infusion and 1 h observation: the chair is free again at 14:00.
      const first = await save(tomas, once);
      expect((await approve(tomas, first.id, nine.toISOString(), chairs[0]!)).status).toBe(200);
      const longer = await save(tomas, { ...once, minObservationMinutes: 90 }, first.id);
      const next = await save(daniel, once);
      const fourteen = new Date(nine.getTime() + 5 * 3_600_000).toISOString();
      const answers = await Promise.all([
        // The session stays on the first chair; the chair named is only for sessions still to book.
        approve(tomas, longer.id, nine.toISOString(), chairs[1]!),
        approve(daniel, next.id, fourteen, chairs[0]!),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    }
  });
});
