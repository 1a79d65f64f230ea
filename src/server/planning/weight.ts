/** Which body weight a plan is computed for, and whether it is recent enough to dose by. */

/** A weight older than this many days must be re-confirmed before a plan is saved. */
export const WEIGHT_MAX_AGE_DAYS = 30;

const DAY_MS = 86_400_000;
/** How far a clock may run ahead of the server before a confirmation counts as "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface DosingWeight {
  readonly weightKg: number;
  /** YYYY-MM-DD */
  readonly measuredOn: string;
}

/**
 * The most recent of the weight on the patient's record and the weight measured with an evaluation's vitals.
 * Null when neither is known.
 */
export function dosingWeight(
  record: { readonly kg: number; readonly measuredOn: string } | null,
  evaluationVitals: { readonly weightKg: number; readonly measuredAt: string } | null,
): DosingWeight | null {
  const candidates: DosingWeight[] = [];
  if (record) candidates.push({ weightKg: record.kg, measuredOn: record.measuredOn });
  if (evaluationVitals) {
    candidates.push({
      weightKg: evaluationVitals.weightKg,
      measuredOn: evaluationVitals.measuredAt.slice(0, 10),
    });
  }
  candidates.sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  return candidates[0] ?? null;
}

/** Whether a weight measured on `measuredOn` is older than `maxAgeDays` on the day of `now`. */
export function isStale(measuredOn: string, now: Date, maxAgeDays = WEIGHT_MAX_AGE_DAYS): boolean {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return (today - Date.parse(measuredOn)) / DAY_MS > maxAgeDays;
}

/**
 * Whether a prescriber's re-confirmation of the weight still counts: made no more than `maxAgeDays` ago and not
 * in the future.
 */
export function confirmationValid(
  confirmedAt: string | undefined,
  now: Date,
  maxAgeDays = WEIGHT_MAX_AGE_DAYS,
): boolean {
  if (!confirmedAt) return false;
  const at = Date.parse(confirmedAt);
  return at <= now.getTime() + CLOCK_SKEW_MS && now.getTime() - at <= maxAgeDays * DAY_MS;
}

/** Whether a re-confirmation is dated ahead of `now` by more than clock skew explains: refused, never stored. */
export function confirmedInFuture(confirmedAt: string | undefined, now: Date): boolean {
  return confirmedAt !== undefined && Date.parse(confirmedAt) > now.getTime() + CLOCK_SKEW_MS;
}
