/** What the chair projection needs to know about a session besides its chart, read from the store. */
import type { SessionFacts } from "../../clinical/chair/view";
import { findProtocol } from "../../clinical/dosing/library";
import type { Executor } from "../../store/db";
import { latestSignedEvaluations } from "../../store/evaluations";
import { getPatient } from "../../store/patients";
import { getPlan } from "../../store/plans";
import type { Session } from "../../store/schedule";

interface StoredComputation {
  readonly infusion: { readonly deliveredRateMgPerHour: number; readonly durationMin: number } | null;
  readonly perInfusion: { readonly totalDoseMg: number };
}

/** Whole years from a YYYY-MM-DD birth date to a moment. */
export function ageOn(dateOfBirth: string, at: Date): number {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const before = at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  return at.getUTCFullYear() - y - (before ? 1 : 0);
}

export async function sessionFacts(db: Executor, clinicId: string, session: Session): Promise<SessionFacts> {
  const [plan, patient, evaluations] = await Promise.all([
    getPlan(db, clinicId, session.patient.id, session.planId),
    getPatient(db, clinicId, session.patient.id),
    latestSignedEvaluations(db, clinicId, [session.patient.id]),
  ]);
  if (!plan || !patient) throw new Error(`session ${session.id} lost its plan or patient`);
  const computation = plan.computation as StoredComputation;
  const { protocolId } = plan.plan as { protocolId: string };
  const decision = evaluations.get(patient.id)?.signature?.decision;
  return {
    sessionId: session.id,
    scheduledStart: session.startsAt.getTime(),
    plannedDurationMin: session.durationMin,
    plan: {
      planId: plan.id,
      protocolId,
      infusionMinutes: computation.infusion?.durationMin ?? null,
      protocolName: findProtocol(protocolId).label,
      rateMgPerHour: computation.infusion?.deliveredRateMgPerHour ?? 0,
      doseMg: computation.perInfusion.totalDoseMg,
      weightKg: plan.weightKg,
    },
    patient: { sex: patient.sex, ageYears: ageOn(patient.dateOfBirth, session.startsAt) },
    evaluationSigned: decision !== undefined && decision !== "not-eligible",
    cancelled: session.status === "cancelled",
  };
}
