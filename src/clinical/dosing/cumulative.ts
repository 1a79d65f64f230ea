/**
 * Cumulative exposure across sessions. No validated cumulative maximum exists, but liver and bladder
 * toxicity follow high cumulative exposure [S52][S53][S55], so every plan shows the totals.
 */
import { type Mg, mg, sum } from "../units";
import type { PastSession } from "./types";

export interface CumulativeDose {
  readonly session: Mg;
  readonly course: {
    readonly past: Mg;
    readonly sessionsDone: number;
    /** Past sessions plus this session's dose for every session still to come (at least this one). */
    readonly projected: Mg;
  };
  readonly lifetime: { readonly past: Mg; readonly afterThisSession: Mg };
}

/**
 * Course and lifetime totals from past sessions and the planned session dose.
 * @example cumulativeDose([{ courseId: "c1", delivered: mg(100) }], "c1", mg(100), 10).course.projected // 1000 mg
 */
export function cumulativeDose(
  history: readonly PastSession[],
  courseId: string | null,
  session: Mg,
  sessionsInCourse: number,
): CumulativeDose {
  const inCourse = history.filter((s) => s.courseId === courseId);
  const past = sum(
    "mg",
    inCourse.map((s) => s.delivered),
  );
  const remaining = Math.max(1, sessionsInCourse - inCourse.length);
  const lifetimePast = sum(
    "mg",
    history.map((s) => s.delivered),
  );
  return {
    session,
    course: { past, sessionsDone: inCourse.length, projected: mg(past + session * remaining) },
    lifetime: { past: lifetimePast, afterThisSession: mg(lifetimePast + session) },
  };
}
