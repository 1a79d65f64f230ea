/**
 * A floor of N chairs for the ingestion bench, recorded in the demo clinic the way the planning routes record
 * it: per chair a patient, an evaluation screened by the rules and signed by the physician, a plan computed
 * and checked by the dose math and approved, and a session on that chair starting now; plus a monitor
 * gateway and its token. Over HTTP as a nurse, each session then passes the gate, gets its monitor bound and
 * its infusion started, as at a real chair.
 */
import { randomUUID } from "node:crypto";
import { GATE_ITEMS } from "../../src/clinical/chair/entries";
import { KB_VERSION } from "../../src/clinical/provenance";
import { screen } from "../../src/clinical/screening/screen";
import { planningContext } from "../../src/server/planning/context";
import { checkPlanFor, computationJson, violationJson } from "../../src/server/planning/dosing";
import type { EvaluationContent, PlanInput } from "../../src/server/planning/schemas";
import { screeningInput } from "../../src/server/planning/screening";
import { suggestMedications } from "../../src/server/planning/suggestions";
import { newGatewayToken, sessionTokenHash } from "../../src/server/tokens";
import { findClinic } from "../../src/store/clinics";
import type { Executor } from "../../src/store/db";
import { createEvaluation, signEvaluation } from "../../src/store/evaluations";
import { createGateway } from "../../src/store/gateways";
import { createPatient } from "../../src/store/patients";
import { approvePlan, createPlan } from "../../src/store/plans";
import { createChair, insertSessions } from "../../src/store/schedule";
import { DEMO_CLINIC } from "../../src/store/seed";
import { listUsers } from "../../src/store/users";

/** The pre-infusion vitals every bench patient has; the monitor's normal readings wander around them. */
export const BASELINE = { hr: 72, sbp: 122, dbp: 76, spo2: 98, rr: 14 } as const;

/** 0.35 mg/kg/h for 4 hours: long enough that no infusion reaches its planned end during a run. */
const PLAN: Omit<PlanInput, "premedications" | "rescueMedications"> = {
  protocolId: "schwartzman",
  infusion: {
    order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.35 },
    durationMin: 240,
    concentrationMgPerMl: 1,
    bagVolumeMl: 100,
  },
  bolus: null,
  schedule: { sessions: 1, pattern: "daily" },
  minObservationMinutes: 60,
  overrideReasons: {},
};

export interface FleetSession {
  readonly sessionId: string;
  readonly deviceId: string;
  readonly rateMgPerHour: number;
}

export interface Fleet {
  readonly clinicId: string;
  readonly sessions: readonly FleetSession[];
  readonly gatewayToken: string;
}

const evaluationFor = (at: Date, weightKg: number): EvaluationContent => ({
  indication: { primary: "neuropathic", depression: false, anxiety: false },
  pain: { now: 7, average: 6, worst: 9 },
  previousTreatments: [{ name: "Pregabalin", effect: "none" }],
  conditions: [],
  medications: [],
  allergies: [],
  vitals: {
    ...BASELINE,
    weightKg,
    heightCm: 178,
    measuredAt: new Date(at.getTime() - 20 * 60_000).toISOString(),
  },
  labs: [],
  exposure: { priorInfusions: 0, lifetimeMg: 0 },
});

/** Records `chairs` patients with sessions starting at `at` in the demo clinic, in one transaction. */
export async function recordFleet(db: Executor, chairs: number, at: Date): Promise<Fleet> {
  return db.transaction().execute(async (trx) => {
    const clinic = await findClinic(trx, DEMO_CLINIC);
    if (!clinic) throw new Error("the demo clinic is missing: start the server with KETAGUARD_DEMO=1");
    const staff = await listUsers(trx, clinic.id);
    const physician = staff.find((u) => u.role === "physician" && u.active)!;
    const nurse = staff.find((u) => u.role === "nurse" && u.active)!;
    const run = randomUUID().slice(0, 8);
    const sessions: FleetSession[] = [];
    for (let i = 0; i < chairs; i++) {
      const weightKg = 60 + (i % 40);
      const patient = await createPatient(
        trx,
        {
          mrn: `BENCH-${run}-${i + 1}`,
          givenName: `Bench${i + 1}`,
          familyName: "Patient",
          dateOfBirth: "1970-06-15",
          sex: "male",
          weight: { kg: weightKg, measuredOn: at.toISOString().slice(0, 10) },
          height: { cm: 178, measuredOn: at.toISOString().slice(0, 10) },
          allergies: [],
          conditions: [],
          medications: [],
        },
        { clinicId: clinic.id, recordedBy: nurse.id, at, reason: null },
      );
      const content = evaluationFor(at, weightKg);
      const screened = screen(screeningInput(content, patient, at));
      const evaluation = await createEvaluation(trx, {
        clinicId: clinic.id,
        patientId: patient.id,
        previousId: null,
        content,
        findings: screened.findings,
        suggestedDecision: screened.decision,
        kbVersion: KB_VERSION,
        createdBy: nurse.id,
        at,
      });
      await signEvaluation(trx, clinic.id, evaluation!.id, {
        decision: screened.decision,
        reason: null,
        signedBy: physician.id,
        at,
      });
      const suggested = suggestMedications(screened.findings);
      const input: PlanInput = {
        ...PLAN,
        premedications: suggested.premedications.map(({ sources: _, ...m }) => m),
        rescueMedications: suggested.rescueMedications.map(({ sources: _, ...m }) => m),
      };
      const context = await planningContext(trx, clinic.id, patient, null);
      const checked = checkPlanFor(input, context.weight!.weightKg, context.courseId, context.history);
      if (!checked.ok) throw new Error(`bench plan refused: ${checked.error.message}`);
      const computation = computationJson(checked.check, input);
      const plan = await createPlan(trx, {
        clinicId: clinic.id,
        patientId: patient.id,
        previousId: null,
        plan: input,
        computation,
        violations: checked.check.violations.map(violationJson),
        kbVersion: KB_VERSION,
        weightKg: context.weight!.weightKg,
        createdBy: physician.id,
        at,
      });
      await approvePlan(trx, clinic.id, plan!.id, physician.id, at);
      const chair = await createChair(trx, clinic.id, `Bench ${run} ${i + 1}`);
      const [sessionId] = await insertSessions(
        trx,
        clinic.id,
        [
          {
            patientId: patient.id,
            planId: plan!.id,
            chairId: chair.id,
            startsAt: at,
            durationMin: PLAN.infusion.durationMin + PLAN.minObservationMinutes,
          },
        ],
        at,
      );
      sessions.push({
        sessionId: sessionId!,
        deviceId: `bay-${i + 1}`,
        rateMgPerHour: computation.infusion!.deliveredRateMgPerHour,
      });
    }
    const gatewayToken = newGatewayToken();
    await createGateway(
      trx,
      { clinicId: clinic.id, name: `Bench gateways ${run}`, tokenHash: sessionTokenHash(gatewayToken) },
      at,
    );
    return { clinicId: clinic.id, sessions, gatewayToken };
  });
}

/** A signed-in nurse's requests: the session cookie and the CSRF token every write carries. */
export interface Staff {
  readonly baseUrl: string;
  readonly headers: Record<string, string>;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Staff> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed with ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  return { baseUrl, headers: { cookie, "x-csrf-token": csrfToken } };
}

async function chart(staff: Staff, sessionId: string, body: object): Promise<void> {
  const res = await fetch(`${staff.baseUrl}/api/sessions/${sessionId}/entries`, {
    method: "POST",
    headers: { ...staff.headers, "content-type": "application/json" },
    body: JSON.stringify({ clientId: randomUUID(), at: new Date().toISOString(), body }),
  });
  if (res.status !== 201)
    throw new Error(`charting ${JSON.stringify(body)} answered ${res.status}: ${await res.text()}`);
}

/** The fleet's patients are not of childbearing age, so the pregnancy test is not asked for. */
const GATE_CHECKS = GATE_ITEMS.filter((item) => item !== "pregnancy-test");

/** The nurse's checks before the start, the baseline reading and the monitor bound to the chair. */
export async function prepareChair(staff: Staff, s: FleetSession): Promise<void> {
  for (const item of GATE_CHECKS)
    await chart(staff, s.sessionId, { kind: "gate-check", item, outcome: "confirmed" });
  await chart(staff, s.sessionId, { kind: "vitals", baseline: true, ...BASELINE });
  await chart(staff, s.sessionId, { kind: "monitor", deviceId: s.deviceId });
}

export async function startInfusion(staff: Staff, s: FleetSession): Promise<void> {
  await chart(staff, s.sessionId, { kind: "infusion-start", rateMgPerHour: s.rateMgPerHour });
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
