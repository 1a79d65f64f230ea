/**
 * Booster infusions after the loading course, at widening intervals. Dates are epoch milliseconds (UTC)
 * counted in whole weeks from the last infusion; the booking screen picks the slot on that day.
 */
import type { EpochMs } from "../monitoring/types";
import type { Provenance } from "../provenance";

const WEEK_MS = 7 * 24 * 3_600_000;

export interface BoosterPattern extends Provenance {
  readonly label: string;
  /** Weeks from one infusion to the next, in order, starting from the last infusion of the course. */
  readonly intervalsWeeks: readonly number[];
  /** After the listed intervals, keep this interval; null ends the schedule there. */
  readonly thenEveryWeeks: number | null;
  readonly note: string;
}

export const BOOSTER_PATTERNS: readonly BoosterPattern[] = [
  {
    id: "fu.booster.crps-programme",
    version: "1.0.0",
    sources: ["S10"],
    evidence: "sourced",
    label: "CRPS programme taper",
    intervalsWeeks: [2, 2, 4, 4, 4],
    thenEveryWeeks: 13,
    note: "One CRPS programme's continuation: one infusion every other week for a month, then monthly three times, then every 3 months, adjusted to the patient. Its earlier step (two infusions every other week for a month) is left out; book it by hand when wanted.",
  },
  {
    id: "fu.booster.doubling",
    version: "1.0.0",
    sources: ["S10", "S3"],
    evidence: "practice-default",
    label: "Doubling taper",
    intervalsWeeks: [1, 2, 4, 8],
    thenEveryWeeks: 8,
    note: "Intervals that double (1, 2, 4, 8 weeks), then every 8 weeks. No source sets these; they taper in the spirit of the programme above, inside the 12 weeks benefit lasted in CRPS.",
  },
];

/** Why a pattern cannot be used, or null. */
export function boosterPatternProblem(
  pattern: Pick<BoosterPattern, "intervalsWeeks" | "thenEveryWeeks">,
): string | null {
  const all = [
    ...pattern.intervalsWeeks,
    ...(pattern.thenEveryWeeks === null ? [] : [pattern.thenEveryWeeks]),
  ];
  if (all.length === 0) return "The pattern has no intervals.";
  if (all.some((w) => !Number.isInteger(w) || w < 1))
    return "Intervals must be whole numbers of weeks, at least 1.";
  return null;
}

/**
 * The next `count` booster dates after the last infusion (fewer when the pattern ends first).
 * Throws a RangeError for an unusable pattern or a negative count.
 * @example boosterDates(last, BOOSTER_PATTERNS[1], 3) // last + 1, 3 and 7 weeks
 */
export function boosterDates(
  lastInfusionAt: EpochMs,
  pattern: Pick<BoosterPattern, "intervalsWeeks" | "thenEveryWeeks">,
  count: number,
): EpochMs[] {
  const problem = boosterPatternProblem(pattern);
  if (problem !== null) throw new RangeError(problem);
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`Count must be a whole number (got ${count})`);
  const total = pattern.thenEveryWeeks === null ? Math.min(count, pattern.intervalsWeeks.length) : count;
  const dates: EpochMs[] = [];
  let at = lastInfusionAt;
  for (let i = 0; i < total; i++) {
    at += (pattern.intervalsWeeks[i] ?? pattern.thenEveryWeeks!) * WEEK_MS;
    dates.push(at);
  }
  return dates;
}
