/**
 * The demo clinic's clinical history: for each demo patient a signed evaluation, and for those the physician
 * accepts an approved plan with booked sessions. Everything is recorded the way the planning routes record
 * it (same store functions, same screening and dose mapping, same audit actions), dated from the moment of
 * seeding, so a first start shows a working schedule.
 */
import { KB_VERSION } from "../clinical/provenance";
import { overrideNeedsReason, type ScreeningDecision, screen } from "../clinical/screening/screen";
import { appendAudit } from "../store/audit";
import { findClinic } from "../store/clinics";
import type { Executor } from "../store/db";
import { createEvaluation, latestEvaluation, signEvaluation } from "../store/evaluations";
import { findPatientIdByMrn, getPatient, type Patient } from "../store/patients";
import { approvePlan, createPlan } from "../store/plans";
import { type Chair, insertSessions, listChairs } from "../store/schedule";
import { DEMO_CLINIC, lockDemoSeeding } from "../store/seed";
import { listUsers, type User } from "../store/users";
import { planningContext } from "./planning/context";
import { checkPlanFor, computationJson, planFieldErrors, violationJson } from "./planning/dosing";
import { nextStarts, patternStartProblem } from "./planning/pattern";
import type { EvaluationContent, PlanInput } from "./planning/schemas";
import { impossibleValues, screeningInput } from "./planning/screening";
import { suggestMedications } from "./planning/suggestions";
import { isStale } from "./planning/weight";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** First and last start of a clinic day, minutes after midnight UTC (schedule days are UTC days). */
const OPENS_AT_MIN = 8 * 60;
const LAST_START_MIN = 16 * 60;
const SLOT_MIN = 30;

/** What a demo patient's record gets: the intake form, the physician's decision and, if treated, a plan. */
interface DemoCase {
  readonly mrn: string;
  /** The intake form as the nurse fills it in at `at`. */
  readonly evaluation: (at: Date) => EvaluationContent;
  readonly decision: ScreeningDecision;
  readonly reason: string | null;
  readonly plan: DemoPlan | null;
}

interface DemoPlan {
  /** The plan without the premedications and rescue medicines, which come from the findings' suggestions. */
  readonly input: Omit<PlanInput, "premedications" | "rescueMedications">;
  /** Index into the clinic's chairs. */
  readonly chair: number;
  /** The first session: days after the seeding day, and minutes after that day's first slot. */
  readonly startDay: number;
  readonly startMin: number;
}

export interface DemoHistory {
  readonly evaluations: number;
  readonly plans: number;
  readonly sessions: number;
}

const NOTHING: DemoHistory = { evaluations: 0, plans: 0, sessions: 0 };

const isoDay = (at: Date, daysBefore = 0) =>
  new Date(at.getTime() - daysBefore * DAY_MS).toISOString().slice(0, 10);
/** Vitals are taken shortly before the form is saved. */
const vitalsAt = (at: Date) => new Date(at.getTime() - 20 * MINUTE_MS).toISOString();

const CASES: readonly DemoCase[] = [
  {
    mrn: "KG-1001",
    evaluation: (at) => ({
      indication: { primary: "fibromyalgia", depression: false, anxiety: false },
      pain: { now: 6, average: 6, worst: 9 },
      previousTreatments: [
        { name: "Duloxetine", effect: "partial", notes: "Stopped after a year for nausea" },
        { name: "Graded exercise programme", effect: "partial" },
      ],
      conditions: [],
      medications: [],
      allergies: [],
      vitals: {
        hr: 68,
        sbp: 118,
        dbp: 74,
        spo2: 99,
        rr: 14,
        weightKg: 64,
        heightCm: 168,
        measuredAt: vitalsAt(at),
      },
      labs: [{ name: "pregnancy-test", value: "negative", unit: "", takenOn: isoDay(at) }],
      exposure: { priorInfusions: 0, lifetimeMg: 0 },
    }),
    decision: "eligible",
    reason: null,
    plan: {
      input: {
        protocolId: "cleveland",
        infusion: {
          order: { kind: "dose-per-kg", doseMgPerKg: 0.5 },
          durationMin: 40,
          concentrationMgPerMl: 1,
          bagVolumeMl: 100,
        },
        bolus: null,
        schedule: { sessions: 5, pattern: "daily" },
        minObservationMinutes: 60,
        overrideReasons: {},
      },
      chair: 0,
      startDay: 0,
      startMin: 0,
    },
  },
  {
    mrn: "KG-1002",
    evaluation: (at) => ({
      indication: { primary: "neuropathic", depression: false, anxiety: false },
      pain: { now: 7, average: 6, worst: 9 },
      previousTreatments: [
        { name: "Pregabalin", effect: "none" },
        { name: "Lidocaine infusion", effect: "partial", notes: "Relief lasted about two weeks" },
      ],
      conditions: ["hypertension"],
      hypertensionControlled: true,
      medications: [{ name: "Amlodipine", dose: "5 mg", frequency: "once daily" }],
      allergies: [{ substance: "Penicillin", reaction: "Rash" }],
      vitals: {
        hr: 76,
        sbp: 136,
        dbp: 84,
        spo2: 97,
        rr: 15,
        weightKg: 88,
        heightCm: 179,
        measuredAt: vitalsAt(at),
      },
      labs: [{ name: "ECG", value: "sinus rhythm, no ischaemic changes", unit: "", takenOn: isoDay(at, 6) }],
      exposure: { priorInfusions: 0, lifetimeMg: 0 },
    }),
    decision: "eligible-with-cautions",
    reason: null,
    plan: {
      input: {
        protocolId: "schwartzman",
        infusion: {
          order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.35 },
          durationMin: 240,
          concentrationMgPerMl: 1,
          bagVolumeMl: 100,
        },
        bolus: null,
        schedule: { sessions: 10, pattern: "daily" },
        minObservationMinutes: 60,
        overrideReasons: {},
      },
      chair: 1,
      startDay: 0,
      startMin: 0,
    },
  },
  {
    mrn: "KG-1003",
    evaluation: (at) => ({
      indication: { primary: "migraine-cluster", depression: true, anxiety: false },
      pain: { now: 5, average: 6, worst: 10 },
      previousTreatments: [
        { name: "Topiramate", effect: "partial", notes: "Word-finding problems" },
        { name: "Botulinum toxin injections", effect: "partial" },
      ],
      conditions: ["seizure-disorder"],
      psychiatricNotes: "Depression treated with bupropion, stable for two years.",
      medications: [{ name: "Bupropion (Wellbutrin XL)", dose: "300 mg", frequency: "once daily" }],
      allergies: [],
      vitals: {
        hr: 72,
        sbp: 122,
        dbp: 78,
        spo2: 98,
        rr: 14,
        weightKg: 71,
        heightCm: 165,
        measuredAt: vitalsAt(at),
      },
      labs: [{ name: "pregnancy-test", value: "negative", unit: "", takenOn: isoDay(at) }],
      exposure: { priorInfusions: 0, lifetimeMg: 0 },
    }),
    decision: "eligible-with-cautions",
    reason:
      "No seizure since 2017. Her neurologist and the prescriber of bupropion reviewed the plan and agreed to go ahead. A lower dose is planned, with seizure precautions and midazolam at the chair.",
    plan: {
      input: {
        protocolId: "cleveland",
        infusion: {
          order: { kind: "dose-per-kg", doseMgPerKg: 0.3 },
          durationMin: 40,
          concentrationMgPerMl: 1,
          bagVolumeMl: 100,
        },
        bolus: null,
        schedule: { sessions: 4, pattern: "twice-weekly" },
        minObservationMinutes: 90,
        overrideReasons: {},
      },
      chair: 3,
      startDay: 1,
      startMin: 60,
    },
  },
  {
    mrn: "KG-1004",
    evaluation: (at) => ({
      indication: { primary: "other", otherText: "Chronic low back pain", depression: false, anxiety: false },
      pain: { now: 7, average: 7, worst: 9 },
      previousTreatments: [{ name: "Physiotherapy", effect: "partial" }],
      conditions: ["psychosis"],
      psychiatricNotes: "Brief psychotic episode in 2014, no recurrence since.",
      medications: [],
      allergies: [],
      vitals: {
        hr: 70,
        sbp: 124,
        dbp: 76,
        spo2: 99,
        rr: 13,
        weightKg: 79,
        heightCm: 183,
        measuredAt: vitalsAt(at),
      },
      labs: [],
      exposure: { priorInfusions: 0, lifetimeMg: 0 },
    }),
    decision: "not-eligible",
    reason: "A past psychotic episode rules ketamine out. Referred back to the pain team for other options.",
    plan: null,
  },
  {
    mrn: "KG-1005",
    evaluation: (at) => ({
      indication: {
        primary: "other",
        otherText: "Chronic widespread pain",
        depression: false,
        anxiety: false,
      },
      pain: { now: 5, average: 5, worst: 8 },
      previousTreatments: [
        { name: "Ketamine infusion courses", effect: "good", notes: "Six courses since 2021, with boosters" },
      ],
      conditions: [],
      medications: [],
      allergies: [{ substance: "Latex" }],
      vitals: {
        hr: 74,
        sbp: 128,
        dbp: 80,
        spo2: 98,
        rr: 14,
        weightKg: 59,
        heightCm: 160,
        measuredAt: vitalsAt(at),
      },
      labs: [{ name: "urinalysis", value: "trace blood, no infection", unit: "", takenOn: isoDay(at, 2) }],
      exposure: { priorInfusions: 34, lifetimeMg: 2850 },
    }),
    decision: "not-eligible",
    reason:
      "Urinary frequency began during the earlier courses and blood was found in the urine. No more infusions until a urology review has ruled out bladder damage.",
    plan: null,
  },
  {
    mrn: "KG-1006",
    evaluation: (at) => ({
      indication: { primary: "crps", depression: false, anxiety: true },
      pain: { now: 8, average: 7, worst: 10 },
      previousTreatments: [
        { name: "Gabapentin", effect: "none" },
        { name: "Stellate ganglion block", effect: "partial" },
      ],
      conditions: [],
      medications: [
        { name: "Oxycodone", dose: "10 mg", frequency: "every 12 hours" },
        { name: "Lorazepam", dose: "1 mg", frequency: "at night" },
      ],
      allergies: [{ substance: "Sulfonamides", reaction: "Hives" }],
      vitals: {
        hr: 80,
        sbp: 130,
        dbp: 82,
        spo2: 97,
        rr: 15,
        weightKg: 94,
        heightCm: 186,
        measuredAt: vitalsAt(at),
      },
      labs: [],
      exposure: { priorInfusions: 0, lifetimeMg: 0 },
    }),
    decision: "eligible-with-cautions",
    reason: null,
    plan: {
      input: {
        protocolId: "schwartzman",
        infusion: {
          order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.2 },
          durationMin: 240,
          concentrationMgPerMl: 1,
          bagVolumeMl: 100,
        },
        bolus: null,
        schedule: { sessions: 10, pattern: "daily" },
        minObservationMinutes: 90,
        overrideReasons: {},
      },
      chair: 2,
      startDay: 0,
      startMin: 60,
    },
  },
];

/**
 * The seeding day's first slot: the next half hour at least half an hour after seeding, no earlier than
 * opening. When that would be too late for a session, the day's opening instead, so the seeding day's
 * schedule still shows the demo sessions.
 */
export function firstDemoSlot(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const slot = SLOT_MIN * MINUTE_MS;
  const soonest = Math.ceil((now.getTime() + slot) / slot) * slot;
  const opens = midnight + OPENS_AT_MIN * MINUTE_MS;
  if (soonest > midnight + LAST_START_MIN * MINUTE_MS) return new Date(opens);
  return new Date(Math.max(opens, soonest));
}

const invalid = (mrn: string, problems: readonly string[]) =>
  new Error(`demo history for ${mrn} is invalid: ${problems.join("; ")}`);

/** Stops seeding with data the routes would refuse: the demo never shows what the product forbids. */
function refuse(mrn: string, problems: readonly string[]): void {
  if (problems.length > 0) throw invalid(mrn, problems);
}

interface Recorder {
  readonly trx: Executor;
  readonly clinicId: string;
  readonly at: Date;
  readonly physician: User;
  readonly nurse: User;
}

/** The audit entry a route writes for a successful action on a patient, attributed to `actor`. */
function audit(r: Recorder, actor: User, action: string, patientId: string) {
  return appendAudit(r.trx, {
    at: r.at,
    actorId: actor.id,
    actorRole: actor.role,
    actorEmail: actor.email,
    action,
    resourceType: "patient",
    resourceId: patientId,
    clinicId: r.clinicId,
    requestId: null,
    outcome: "success",
  });
}

/** The nurse records the intake, the rules screen it, the physician signs with a decision. */
async function recordEvaluation(r: Recorder, patient: Patient, c: DemoCase) {
  const content = c.evaluation(r.at);
  refuse(
    c.mrn,
    impossibleValues(content, r.at).map((e) => `${e.path} ${e.message}`),
  );
  const result = screen(screeningInput(content, patient, r.at));
  refuse(
    c.mrn,
    overrideNeedsReason(c.decision, result.findings) && !c.reason ? ["an override needs a reason"] : [],
  );
  const evaluation = await createEvaluation(r.trx, {
    clinicId: r.clinicId,
    patientId: patient.id,
    previousId: null,
    content,
    findings: result.findings,
    suggestedDecision: result.decision,
    kbVersion: KB_VERSION,
    createdBy: r.nurse.id,
    at: r.at,
  });
  await audit(r, r.nurse, "evaluation.create", patient.id);
  await signEvaluation(r.trx, r.clinicId, evaluation!.id, {
    decision: c.decision,
    reason: c.reason,
    signedBy: r.physician.id,
    at: r.at,
  });
  await audit(r, r.physician, "evaluation.sign", patient.id);
  return result.findings;
}

/** The physician saves the plan (limits checked by the dose math), approves it and books its sessions. */
async function recordPlan(
  r: Recorder,
  patient: Patient,
  mrn: string,
  demo: DemoPlan,
  findings: Awaited<ReturnType<typeof recordEvaluation>>,
  chairs: readonly Chair[],
): Promise<number> {
  const suggested = suggestMedications(findings);
  const input: PlanInput = {
    ...demo.input,
    premedications: suggested.premedications.map(({ sources: _, ...m }) => m),
    rescueMedications: suggested.rescueMedications.map(({ sources: _, ...m }) => m),
  };
  refuse(
    mrn,
    planFieldErrors(input).map((e) => `${e.path} ${e.message}`),
  );
  const context = await planningContext(r.trx, r.clinicId, patient, null);
  const weight = context.weight!;
  const checked = checkPlanFor(input, weight.weightKg, context.courseId, context.history);
  if (!checked.ok) throw invalid(mrn, [checked.error.message]);
  const { check } = checked;
  refuse(mrn, [
    ...check.violations.filter((v) => v.kind === "hard").map((v) => v.message),
    ...(check.reasonsNeeded.length > 0 ? ["a soft limit is exceeded without a reason"] : []),
    ...(isStale(weight.measuredOn, r.at) ? ["the weight is stale"] : []),
  ]);
  const plan = await createPlan(r.trx, {
    clinicId: r.clinicId,
    patientId: patient.id,
    previousId: null,
    plan: input,
    computation: computationJson(check, input),
    violations: check.violations.map(violationJson),
    kbVersion: KB_VERSION,
    weightKg: weight.weightKg,
    createdBy: r.physician.id,
    at: r.at,
  });
  await audit(r, r.physician, "plan.create", patient.id);
  await approvePlan(r.trx, r.clinicId, plan!.id, r.physician.id, r.at);
  const first = new Date(firstDemoSlot(r.at).getTime() + demo.startDay * DAY_MS + demo.startMin * MINUTE_MS);
  const startProblem = patternStartProblem(first, input.schedule.pattern);
  refuse(mrn, startProblem ? [startProblem] : []);
  const starts = nextStarts(first, input.schedule.pattern, input.schedule.sessions, null);
  const booked = await insertSessions(
    r.trx,
    r.clinicId,
    starts.map((startsAt) => ({
      patientId: patient.id,
      planId: plan!.id,
      chairId: chairs[demo.chair]!.id,
      startsAt,
      durationMin: input.infusion.durationMin + input.minObservationMinutes,
    })),
    r.at,
  );
  await audit(r, r.physician, "plan.approve", patient.id);
  return booked.length;
}

/**
 * Records the demo clinic's clinical history as of `now`: a signed evaluation per demo patient (entered by a
 * nurse, screened by the rules, signed by the physician), and an approved plan with sessions from `now`'s day
 * on for each patient the physician accepts. Idempotent and safe with several instances at once (the demo
 * seeding lock): nothing is written when the demo clinic is missing or any demo patient already has an
 * evaluation.
 *
 * @returns how many evaluations, plans and sessions this call created (all zero when it wrote nothing).
 * @example
 * if ((await seedDemoData(db)).length > 0) await seedDemoClinicalHistory(db, new Date());
 */
export async function seedDemoClinicalHistory(db: Executor, now: Date): Promise<DemoHistory> {
  return db.transaction().execute(async (trx) => {
    await lockDemoSeeding(trx);
    const clinic = await findClinic(trx, DEMO_CLINIC);
    if (!clinic) return NOTHING;
    const patients: Patient[] = [];
    for (const c of CASES) {
      const id = await findPatientIdByMrn(trx, clinic.id, c.mrn);
      const patient = id ? await getPatient(trx, clinic.id, id) : null;
      if (!patient || (await latestEvaluation(trx, clinic.id, patient.id))) return NOTHING;
      patients.push(patient);
    }
    const staff = await listUsers(trx, clinic.id);
    const physician = staff.find((u) => u.role === "physician" && u.active);
    const nurse = staff.find((u) => u.role === "nurse" && u.active);
    if (!physician || !nurse) return NOTHING;
    const r: Recorder = { trx, clinicId: clinic.id, at: now, physician, nurse };
    const chairs = await listChairs(trx, clinic.id);
    let plans = 0;
    let sessions = 0;
    for (const [i, c] of CASES.entries()) {
      const findings = await recordEvaluation(r, patients[i]!, c);
      if (!c.plan) continue;
      sessions += await recordPlan(r, patients[i]!, c.mrn, c.plan, findings, chairs);
      plans += 1;
    }
    return { evaluations: CASES.length, plans, sessions };
  });
}
