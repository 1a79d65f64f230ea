/** Test data for the planning API: a valid evaluation form and plan, and shortcuts to sign and approve. */
import type { Session } from "../testing";
import type { EvaluationContent, PlanInput } from "./schemas";

/** A complete, unremarkable evaluation form measured at `measuredAt`. */
export function evaluationContent(
  measuredAt: string,
  changes: Partial<EvaluationContent> = {},
): EvaluationContent {
  return {
    indication: { primary: "crps", depression: false, anxiety: false },
    pain: { now: 6, average: 5, worst: 8 },
    previousTreatments: [{ name: "Gabapentin", effect: "partial" }],
    conditions: [],
    medications: [],
    allergies: [],
    vitals: { hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14, weightKg: 70, heightCm: 170, measuredAt },
    labs: [],
    exposure: { priorInfusions: 0, lifetimeMg: 0 },
    ...changes,
  };
}

/** The Schwartzman protocol at 0.35 mg/kg/h for 4 hours, 1 mg/mL, ten daily sessions. */
export function schwartzmanPlan(changes: Partial<PlanInput> = {}): PlanInput {
  return {
    protocolId: "schwartzman",
    infusion: {
      order: { kind: "rate-per-kg", rateMgPerKgPerHour: 0.35 },
      durationMin: 240,
      concentrationMgPerMl: 1,
      bagVolumeMl: 250,
    },
    bolus: null,
    schedule: { sessions: 10, pattern: "daily" },
    premedications: [],
    rescueMedications: [],
    minObservationMinutes: 60,
    overrideReasons: {},
    ...changes,
  };
}

/** The id of a demo patient by MRN, looked up as the given clinician. */
export async function patientIdByMrn(as: Session, mrn: string): Promise<string> {
  const res = await as.request("GET", `/api/patients?q=${encodeURIComponent(mrn)}`);
  const id = res.body.items?.[0]?.id;
  if (!id) throw new Error(`no patient ${mrn}: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

/** Saves an evaluation and signs it with the suggested decision (a reason given in case it is needed). */
export async function signedEvaluation(
  physician: Session,
  patientId: string,
  content: EvaluationContent,
): Promise<{ id: string; findings: { ruleId: string; severity: string }[] }> {
  const saved = await physician.request("POST", `/api/patients/${patientId}/evaluations`, {
    body: { content },
  });
  if (saved.status !== 201)
    throw new Error(`evaluation not saved: ${saved.status} ${JSON.stringify(saved.body)}`);
  const signed = await physician.request(
    "POST",
    `/api/patients/${patientId}/evaluations/${saved.body.id}/sign`,
    {
      body: { decision: "eligible-with-cautions", reason: "Benefit judged to outweigh the risk" },
    },
  );
  if (signed.status !== 200)
    throw new Error(`evaluation not signed: ${signed.status} ${JSON.stringify(signed.body)}`);
  return signed.body;
}
