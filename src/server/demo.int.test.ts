import { Compile } from "typebox/compile";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KB_VERSION } from "../clinical/provenance";
import { listAudit, verifyAuditChain } from "../store/audit";
import { findClinic } from "../store/clinics";
import { DEMO_CLINIC } from "../store/seed";
import { type DemoHistory, firstDemoSlot, seedDemoClinicalHistory } from "./demo";
import { EvaluationContentSchema, PlanInputSchema } from "./planning/schemas";
import { patientIdByMrn } from "./planning/testing";
import { type Session, signIn, startTestServer, type TestServer } from "./testing";

/** A Tuesday morning, before the clinic opens. */
const NOW = new Date("2026-03-03T07:10:00.000Z");
const DAY = "2026-03-03";
const NEXT_DAY = "2026-03-04";

/** What each demo patient's signed evaluation must say: the rules' findings and the physician's decision. */
const EXPECTED = {
  "KG-1001": { decision: "eligible", suggested: "eligible", rules: [] },
  "KG-1002": {
    decision: "eligible-with-cautions",
    suggested: "eligible-with-cautions",
    rules: ["scr.hypertension-controlled", "ix.antihypertensive"],
  },
  "KG-1003": {
    decision: "eligible-with-cautions",
    suggested: "not-eligible",
    rules: ["ix.seizure-threshold", "scr.seizure-disorder"],
  },
  "KG-1004": { decision: "not-eligible", suggested: "not-eligible", rules: ["scr.psychosis-history"] },
  "KG-1005": {
    decision: "not-eligible",
    suggested: "eligible-with-cautions",
    rules: ["test.lft-before-repeat"],
  },
  "KG-1006": {
    decision: "eligible-with-cautions",
    suggested: "eligible-with-cautions",
    rules: ["ix.benzodiazepine", "ix.opioid", "scr.anxiety-history"],
  },
} as const;
type Mrn = keyof typeof EXPECTED;
const MRNS = Object.keys(EXPECTED) as Mrn[];

describe("demo clinical history", () => {
  let server: TestServer;
  let physician: Session;
  let first: DemoHistory[];
  const ids = new Map<Mrn, string>();

  /** Everything the demo wrote, as the API lists it: evaluations and plans per patient, sessions per day. */
  async function snapshot() {
    const out: unknown[] = [];
    for (const mrn of MRNS) {
      const id = ids.get(mrn)!;
      out.push((await physician.request("GET", `/api/patients/${id}/evaluations`)).body.items);
      out.push((await physician.request("GET", `/api/patients/${id}/plans`)).body.items);
    }
    for (let d = 0; d < 14; d++) {
      const date = new Date(NOW.getTime() + d * 86_400_000).toISOString().slice(0, 10);
      out.push((await physician.request("GET", `/api/schedule?date=${date}`)).body.sessions);
    }
    return out;
  }

  beforeAll(async () => {
    server = await startTestServer({ clock: () => NOW });
    // Two instances starting at once.
    first = await Promise.all([
      seedDemoClinicalHistory(server.db, NOW),
      seedDemoClinicalHistory(server.db, NOW),
    ]);
    physician = await signIn(server.base, "physician@demo.ketaguard.test");
    for (const mrn of MRNS) ids.set(mrn, await patientIdByMrn(physician, mrn));
  });
  afterAll(() => server.close());

  it("seeds once when two instances start at once", () => {
    const created = first.filter((h) => h.evaluations > 0);
    expect(created).toEqual([{ evaluations: 6, plans: 4, sessions: 29 }]);
    expect(first.filter((h) => h.evaluations === 0)).toEqual([{ evaluations: 0, plans: 0, sessions: 0 }]);
  });

  it("shows the seeding day's sessions in different chairs with each patient's risk flags", async () => {
    const res = await physician.request("GET", `/api/schedule?date=${DAY}`);
    expect(res.status).toBe(200);
    type Row = {
      patient: { mrn: string };
      startsAt: string;
      chair: { name: string };
      riskFlags: { ruleId: string }[];
    };
    const rows = res.body.sessions.map((s: Row) => ({
      mrn: s.patient.mrn,
      startsAt: s.startsAt,
      chair: s.chair.name,
      flags: s.riskFlags.map((f) => f.ruleId),
    }));
    expect(rows).toEqual([
      { mrn: "KG-1001", startsAt: "2026-03-03T08:00:00.000Z", chair: "Chair 1", flags: [] },
      {
        mrn: "KG-1002",
        startsAt: "2026-03-03T08:00:00.000Z",
        chair: "Chair 2",
        flags: ["scr.hypertension-controlled"],
      },
      {
        mrn: "KG-1006",
        startsAt: "2026-03-03T09:00:00.000Z",
        chair: "Chair 3",
        flags: ["ix.benzodiazepine", "ix.opioid"],
      },
    ]);
    // The patient treated against a contraindication starts the next day, her flag on the schedule.
    const next = await physician.request("GET", `/api/schedule?date=${NEXT_DAY}`);
    const helen = next.body.sessions.find((s: { patient: { mrn: string } }) => s.patient.mrn === "KG-1003");
    expect(helen.chair.name).toBe("Chair 4");
    expect(helen.riskFlags).toContainEqual(
      expect.objectContaining({ severity: "contraindication", ruleId: "ix.seizure-threshold" }),
    );
  });

  it("signs each demo patient's evaluation with findings from the rules and the KB version", async () => {
    for (const mrn of MRNS) {
      const id = ids.get(mrn)!;
      const [summary] = (await physician.request("GET", `/api/patients/${id}/evaluations`)).body.items;
      const e = (await physician.request("GET", `/api/patients/${id}/evaluations/${summary.id}`)).body;
      const want = EXPECTED[mrn];
      expect(e.status, mrn).toBe("signed");
      expect(e.kbVersion).toBe(KB_VERSION);
      expect(e.findings.map((f: { ruleId: string }) => f.ruleId).sort(), mrn).toEqual([...want.rules].sort());
      expect(e.findings.every((f: { kbVersion: string }) => f.kbVersion === KB_VERSION)).toBe(true);
      expect(e.rulesNow.differs, mrn).toBe(false);
      expect(e.suggestedDecision, mrn).toBe(want.suggested);
      expect(e.signature.decision, mrn).toBe(want.decision);
      expect(e.signature.signedBy.name).toBe("Dr Priya Natarajan");
      expect(Compile(EvaluationContentSchema).Check(e.content), mrn).toBe(true);
      // Going against the rules' suggestion is always explained.
      if (want.decision !== want.suggested) expect(e.signature.reason?.length, mrn).toBeGreaterThan(40);
    }
  });

  it("approves a plan within the limits for each patient the physician accepts, and none for the others", async () => {
    for (const mrn of MRNS) {
      const plans = (await physician.request("GET", `/api/patients/${ids.get(mrn)!}/plans`)).body.items;
      if (EXPECTED[mrn].decision === "not-eligible") {
        expect(plans, mrn).toEqual([]);
        continue;
      }
      expect(plans, mrn).toHaveLength(1);
      const [p] = plans;
      expect(p.status).toBe("approved");
      expect(p.kbVersion).toBe(KB_VERSION);
      expect(p.violations.filter((v: { kind: string }) => v.kind === "hard")).toEqual([]);
      expect(Compile(PlanInputSchema).Check(p.plan), mrn).toBe(true);
      expect(p.plan.rescueMedications.length, mrn).toBeGreaterThan(0);
    }
    const maya = (await physician.request("GET", `/api/patients/${ids.get("KG-1001")!}/plans`)).body.items[0];
    expect(maya.plan.protocolId).toBe("cleveland");
    expect(maya.computation.perInfusion.totalDoseMg).toBe(32);
    // The rescue medicines come from the findings: a seizure history brings a seizure rescue drug.
    const helen = (await physician.request("GET", `/api/patients/${ids.get("KG-1003")!}/plans`)).body
      .items[0];
    expect(helen.plan.rescueMedications).toContainEqual(
      expect.objectContaining({ forSideEffect: "seizure" }),
    );
  });

  it("shows the patient login its plan and upcoming sessions", async () => {
    const patient = await signIn(server.base, "patient@demo.ketaguard.test");
    const res = await patient.request("GET", "/api/me/plan");
    expect(res.status).toBe(200);
    expect(res.body.plan).toEqual({
      protocolLabel: "Cleveland Clinic standardised protocol",
      sessions: 5,
      pattern: "daily",
    });
    expect(res.body.upcoming.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      "2026-03-03T08:00:00.000Z",
      "2026-03-04T08:00:00.000Z",
      "2026-03-05T08:00:00.000Z",
      "2026-03-06T08:00:00.000Z",
      "2026-03-07T08:00:00.000Z",
    ]);
  });

  it("creates nothing new when seeded again", async () => {
    const before = await snapshot();
    expect(await seedDemoClinicalHistory(server.db, new Date(NOW.getTime() + 86_400_000))).toEqual({
      evaluations: 0,
      plans: 0,
      sessions: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("audits each step as the demo nurse or physician, on a chain that verifies", async () => {
    const clinic = (await findClinic(server.db, DEMO_CLINIC))!;
    const actors = async (action: string) =>
      (await listAudit(server.db, clinic.id, { action }, { page: 1, pageSize: 50 })).items.map(
        (e) => `${e.actorRole} ${e.actorEmail}`,
      );
    expect(await actors("evaluation.create")).toEqual(Array(6).fill("nurse nurse2@demo.ketaguard.test"));
    for (const action of ["evaluation.sign", "plan.create", "plan.approve"]) {
      const who = await actors(action);
      expect(who.length, action).toBe(action === "evaluation.sign" ? 6 : 4);
      expect(new Set(who), action).toEqual(new Set(["physician physician@demo.ketaguard.test"]));
    }
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
  });
});

describe("firstDemoSlot", () => {
  it("is the next half hour at least 30 minutes ahead, within the clinic day", () => {
    expect(firstDemoSlot(new Date("2026-03-03T10:05:00Z")).toISOString()).toBe("2026-03-03T11:00:00.000Z");
    expect(firstDemoSlot(new Date("2026-03-03T10:00:00Z")).toISOString()).toBe("2026-03-03T10:30:00.000Z");
  });

  it("is the opening hour before the clinic opens, and late in the day, so the day's schedule shows the demo", () => {
    expect(firstDemoSlot(new Date("2026-03-03T01:00:00Z")).toISOString()).toBe("2026-03-03T08:00:00.000Z");
    expect(firstDemoSlot(new Date("2026-03-03T22:40:00Z")).toISOString()).toBe("2026-03-03T08:00:00.000Z");
  });
});
