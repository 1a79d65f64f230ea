/** Sessions as the schedule shows them: with the patient's key risk flags from the latest signed evaluation. */
import type { Executor } from "../../store/db";
import { latestSignedEvaluations } from "../../store/evaluations";
import type { Session } from "../../store/schedule";
import { ApiError } from "../errors";

/**
 * Sessions as JSON, each with the contraindication and caution findings of its patient's latest signed
 * evaluation (a contraindication can be on record when the physician recorded a reason to treat anyway).
 */
export async function sessionsJson(db: Executor, clinicId: string, sessions: readonly Session[]) {
  const patientIds = [...new Set(sessions.map((s) => s.patient.id))];
  const evaluations = await latestSignedEvaluations(db, clinicId, patientIds);
  return sessions.map((s) => ({
    ...s,
    startsAt: s.startsAt.toISOString(),
    riskFlags: (evaluations.get(s.patient.id)?.findings ?? [])
      .filter((f) => f.severity !== "info")
      .map((f) => ({ severity: f.severity, title: f.title, ruleId: f.ruleId })),
  }));
}

/** A booking time as people read it; schedule days are UTC days, so the zone is said. */
export function bookingTime(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The refusal of a booking that would put a patient in two chairs at once; `own` is their session already there. */
export function patientBusy(own: Session): ApiError {
  return new ApiError(
    "conflict",
    `The patient already has a session from ${bookingTime(own.startsAt)} on ${own.chair.name}.`,
  );
}
