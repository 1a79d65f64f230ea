/** Days a recorded weight stays current for dosing before it must be re-confirmed (the server's default). */
export const WEIGHT_MAX_AGE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Whether a weight measured on `measuredOn` (YYYY-MM-DD) is too old to dose from on `today`.
 *
 * @example isWeightStale("2026-01-12", "2026-11-25") // true
 */
export function isWeightStale(measuredOn: string, today: string, maxAgeDays = WEIGHT_MAX_AGE_DAYS): boolean {
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${measuredOn}T00:00:00Z`)) / DAY_MS;
  return age > maxAgeDays;
}
