/** Session dates for a course's spacing pattern. Days are UTC calendar days. */
import type { PlanInput } from "./schemas";

export type Pattern = PlanInput["schedule"]["pattern"];

const DAY_MS = 86_400_000;
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** Why a first session cannot start the pattern, or null when it can: a weekday pattern starts on a weekday. */
export function patternStartProblem(first: Date, pattern: Pattern): string | null {
  return pattern === "weekdays" && isWeekend(first)
    ? "must fall on a weekday (Monday to Friday) for the weekdays pattern"
    : null;
}

/**
 * Start times following the pattern from `first`, at the same time of day: every day; Monday to Friday; twice a
 * week, 3 then 4 days apart (Monday and Thursday when the first is a Monday); or weekly. Infinite; take what
 * you need.
 */
function* patternStarts(first: Date, pattern: Pattern): Generator<Date> {
  let at = first.getTime();
  for (let i = 0; ; i++) {
    yield new Date(at);
    switch (pattern) {
      case "daily":
        at += DAY_MS;
        break;
      case "weekdays":
        do at += DAY_MS;
        while (isWeekend(new Date(at)));
        break;
      case "twice-weekly":
        at += (i % 2 === 0 ? 3 : 4) * DAY_MS;
        break;
      case "weekly":
        at += 7 * DAY_MS;
        break;
    }
  }
}

/** The first `count` start times of the pattern that come after `after` (all of them when `after` is null). */
export function nextStarts(first: Date, pattern: Pattern, count: number, after: Date | null): Date[] {
  const starts: Date[] = [];
  if (count <= 0) return starts;
  for (const at of patternStarts(first, pattern)) {
    if (after === null || at > after) starts.push(at);
    if (starts.length === count) break;
  }
  return starts;
}
