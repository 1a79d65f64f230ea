import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationContent, patientIdByMrn } from "../planning/testing";
import { type Session, signIn, startTestServer, type TestServer } from "../testing";

const NOW = new Date("2026-03-02T08:00:00.000Z");
const MEASURED = "2026-03-02T07:30:00.000Z";

describe("knowledge, screening and evaluations API", () => {
  let server: TestServer;
  let physician: Session;
  let nurse: Session;
  let admin: Session;
  let patient: Session;
  let otherClinic: Session;
  let helen: string;
  let maya: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    [physician, nurse, admin, patient, otherClinic] = await Promise.all([
      signIn(server.base, "physician@demo.ketaguard.test"),
      signIn(server.base, "nurse1@demo.ketaguard.test"),
      signIn(server.base, "admin@demo.ketaguard.test"),
      signIn(server.base, "patient@demo.ketaguard.test"),
      signIn(server.base, "physician@northside.ketaguard.test"),
    ]);
    helen = await patientIdByMrn(physician, "KG-1003");
    maya = await patientIdByMrn(physician, "KG-1001");
  });
  afterAll(() => server.close());

  /** Helen Achterberg: seizure history, taking bupropion (the demo's interaction case). */
  const seizureAndBupropion = () =>
    evaluationContent(MEASURED, {
      indication: { primary: "migraine-cluster", depression: false, anxiety: false },
      conditions: ["seizure-disorder"],
      medications: [{ name: "Bupropion (Wellbutrin XL)", dose: "300 mg", frequency: "once daily" }],
    });

  describe("knowledge", () => {
    it("lists the screening vocabulary, finds medications by brand, and serves protocols and sources", async () => {
      const conditions = await nurse.request("GET", "/api/knowledge/conditions");
      expect(conditions.status).toBe(200);
      expect(conditions.body.items).toContainEqual({ code: "seizure-disorder", label: "seizure disorder" });

      const meds = await physician.request("GET", "/api/knowledge/medications?q=wellb");
      expect(meds.status).toBe(200);
      expect(meds.body.items[0]).toMatchObject({ ingredient: "bupropion", classes: ["seizure-threshold"] });
      expect(meds.body.items[0].name.toLowerCase()).toMatch(/^wellbutrin/);
      const many = await physician.request("GET", "/api/knowledge/medications?q=a");
      expect(many.body.items.length).toBe(20);

      const protocols = await physician.request("GET", "/api/knowledge/protocols");
      const schwartzman = protocols.body.items.find((p: { id: string }) => p.id === "schwartzman");
      expect(schwartzman).toMatchObject({
        template: { order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.35 }, durationMin: 240 },
        sessionsPerCourse: 10,
        rateCapMgPerHour: 25,
      });
      expect(schwartzman.limits).toContainEqual(
        expect.objectContaining({
          id: "limit.schwartzman.rate.hard",
          kind: "hard",
          unit: "mg/h",
          limit: 25,
          sources: ["S6", "S7"],
        }),
      );

      const source = await physician.request("GET", "/api/knowledge/sources/S6");
      expect(source.status).toBe(200);
      expect(source.body).toMatchObject({ id: "S6", kind: expect.any(String), title: expect.any(String) });
      expect((await physician.request("GET", "/api/knowledge/sources/S99999")).status).toBe(404);
    });

    it("is for clinicians only", async () => {
      expect((await patient.request("GET", "/api/knowledge/conditions")).status).toBe(403);
      expect((await admin.request("GET", "/api/knowledge/protocols")).status).toBe(403);
    });
  });

  describe("screening preview", () => {
    it("flags bupropion with a seizure history through the seizure-threshold interaction rule, with its sources", async () => {
      const res = await nurse.request("POST", "/api/screening/preview", {
        body: { patientId: helen, content: seizureAndBupropion() },
      });
      expect(res.status).toBe(200);
      const finding = res.body.findings.find((f: { ruleId: string }) => f.ruleId === "ix.seizure-threshold");
      // With a seizure disorder recorded, the rule's caution is raised to a contraindication.
      expect(finding).toMatchObject({ severity: "contraindication", kbVersion: res.body.kbVersion });
      expect(finding.sources.length).toBeGreaterThan(0);
      expect(finding.trigger).toMatch(/bupropion/);
      const source = await nurse.request("GET", `/api/knowledge/sources/${finding.sources[0]}`);
      expect(source.status).toBe(200);
      expect(res.body.decision).toBe("not-eligible");
      const withoutSeizures = await nurse.request("POST", "/api/screening/preview", {
        body: { patientId: helen, content: { ...seizureAndBupropion(), conditions: [] } },
      });
      expect(withoutSeizures.body.findings).toContainEqual(
        expect.objectContaining({ ruleId: "ix.seizure-threshold", severity: "caution" }),
      );
    });

    it("is refused to patients and for another clinic's patient", async () => {
      const body = { patientId: helen, content: seizureAndBupropion() };
      expect((await patient.request("POST", "/api/screening/preview", { body })).status).toBe(403);
      expect((await otherClinic.request("POST", "/api/screening/preview", { body })).status).toBe(404);
    });
  });

  describe("impossible values", () => {
    const cases: [string, (c: ReturnType<typeof evaluationContent>) => void, string][] = [
      ["a weight of 0 kg", (c) => Object.assign(c.vitals, { weightKg: 0 }), "/content/vitals/weightKg"],
      ["a weight of 500 kg", (c) => Object.assign(c.vitals, { weightKg: 500 }), "/content/vitals/weightKg"],
      [
        "a systolic pressure not above the diastolic",
        (c) => Object.assign(c.vitals, { sbp: 80, dbp: 90 }),
        "/content/vitals/sbp",
      ],
      ["pain 11 of 10", (c) => Object.assign(c.pain, { now: 11 }), "/content/pain/now"],
      [
        "a test taken in the future",
        (c) => c.labs.push({ name: "ALT", value: 30, unit: "U/L", takenOn: "2026-03-03" }),
        "/content/labs/0/takenOn",
      ],
      [
        "vitals measured in the future",
        (c) => Object.assign(c.vitals, { measuredAt: "2026-03-02T09:00:00.000Z" }),
        "/content/vitals/measuredAt",
      ],
    ];
    it.each(cases)("refuses %s, naming the field, and saves nothing", async (_what, spoil, path) => {
      const content = evaluationContent(MEASURED);
      spoil(content);
      const res = await nurse.request("POST", `/api/patients/${maya}/evaluations`, { body: { content } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("validation.failed");
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      const list = await nurse.request("GET", `/api/patients/${maya}/evaluations`);
      expect(list.body.items).toEqual([]);
    });
  });

  describe("evaluation versions and signature", () => {
    it("stores a nurse's draft with its findings, KB version and rule ids; lists versions newest first", async () => {
      const saved = await nurse.request("POST", `/api/patients/${helen}/evaluations`, {
        body: { content: seizureAndBupropion() },
      });
      expect(saved.status).toBe(201);
      expect(saved.body).toMatchObject({
        version: 1,
        status: "draft",
        previousId: null,
        suggestedDecision: "not-eligible",
        createdBy: { id: nurse.me.id, name: nurse.me.name },
        signature: null,
        rulesNow: { differs: false },
      });
      for (const f of saved.body.findings) {
        expect(f).toMatchObject({
          ruleId: expect.any(String),
          ruleVersion: expect.any(String),
          kbVersion: saved.body.kbVersion,
        });
      }
      expect(saved.body.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("ix.seizure-threshold");

      const again = await nurse.request("POST", `/api/patients/${helen}/evaluations`, {
        body: {
          content: { ...seizureAndBupropion(), pain: { now: 4, average: 4, worst: 7 } },
          previousId: saved.body.id,
        },
      });
      expect(again.body).toMatchObject({ version: 2, previousId: saved.body.id });
      const list = await physician.request("GET", `/api/patients/${helen}/evaluations`);
      expect(list.body.items.map((e: { version: number; status: string }) => [e.version, e.status])).toEqual([
        [2, "draft"],
        [1, "draft"],
      ]);
      const read = await physician.request("GET", `/api/patients/${helen}/evaluations/${saved.body.id}`);
      expect(read.body).toEqual(saved.body);
    });

    it("lets only a physician sign; a contraindication overridden needs a reason; a signed one cannot be signed again", async () => {
      const content = evaluationContent(MEASURED, { conditions: ["pregnancy"] });
      const saved = await nurse.request("POST", `/api/patients/${maya}/evaluations`, { body: { content } });
      expect(saved.body.suggestedDecision).toBe("not-eligible");
      const signUrl = `/api/patients/${maya}/evaluations/${saved.body.id}/sign`;

      const byNurse = await nurse.request("POST", signUrl, { body: { decision: "not-eligible" } });
      expect(byNurse.status).toBe(403);

      const noReason = await physician.request("POST", signUrl, {
        body: { decision: "eligible-with-cautions" },
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual([
        { path: "/reason", message: expect.stringMatching(/contraindication/) },
      ]);

      const signed = await physician.request("POST", signUrl, {
        body: {
          decision: "eligible-with-cautions",
          reason: "Pregnancy test negative today; record corrected",
        },
      });
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({
        status: "signed",
        signature: {
          decision: "eligible-with-cautions",
          reason: "Pregnancy test negative today; record corrected",
          signedAt: NOW.toISOString(),
          signedBy: { id: physician.me.id },
        },
      });

      const twice = await physician.request("POST", signUrl, { body: { decision: "not-eligible" } });
      expect(twice.status).toBe(409);
      const after = await physician.request("GET", `/api/patients/${maya}/evaluations/${saved.body.id}`);
      expect(after.body).toEqual(signed.body);

      const reEvaluation = await nurse.request("POST", `/api/patients/${maya}/evaluations`, {
        body: { content: evaluationContent(MEASURED), previousId: saved.body.id },
      });
      expect(reEvaluation.body).toMatchObject({ status: "draft", previousId: saved.body.id });
      const list = await nurse.request("GET", `/api/patients/${maya}/evaluations`);
      expect(list.body.items[1]).toMatchObject({
        id: saved.body.id,
        status: "signed",
        decision: "eligible-with-cautions",
      });
    });

    it("refuses a previous version from another patient", async () => {
      const [first] = (await nurse.request("GET", `/api/patients/${helen}/evaluations`)).body.items;
      const res = await nurse.request("POST", `/api/patients/${maya}/evaluations`, {
        body: { content: evaluationContent(MEASURED), previousId: first.id },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe("/previousId");
    });

    it("hides one clinic's evaluations from another and from patients, and audits every access", async () => {
      const [first] = (await nurse.request("GET", `/api/patients/${helen}/evaluations`)).body.items;
      expect((await otherClinic.request("GET", `/api/patients/${helen}/evaluations`)).status).toBe(404);
      expect(
        (await otherClinic.request("GET", `/api/patients/${helen}/evaluations/${first.id}`)).status,
      ).toBe(404);
      expect((await patient.request("GET", `/api/patients/${maya}/evaluations`)).status).toBe(403);
      const audit = await server.db
        .selectFrom("auditLog")
        .select(["action", "outcome"])
        .where("resourceId", "=", helen)
        .execute();
      const seen = new Set(audit.map((a) => `${a.action}:${a.outcome}`));
      for (const entry of [
        "evaluation.create:success",
        "evaluation.list:success",
        "evaluation.read:success",
        "evaluation.list:failure",
      ]) {
        expect(seen).toContain(entry);
      }
    });
  });
});
