/**
 * Predicted plasma concentration for the rates that actually ran, every minute from the start of the
 * infusion to an hour after it ended. While it runs, the curve goes on as a forecast: the current rate
 * continues until the planned dose has run in (`forecastFrom` marks where the forecast begins).
 */
import { type AdministrationRecord, dosesUpTo } from "../dosing/rate-history";
import { DOMINO, type PkModel, predictGrid } from "../pk";
import { kg, mgPerHour, minutes } from "../units";
import type { ChartEntry } from "./entries";
import { expectedEndAt, infusionCourse } from "./infusion";
import type { SessionFacts } from "./view";

const MINUTE = 60_000;
/** How long after the end the curve goes on, so the fall after the stop is shown. */
export const TAIL_MINUTES = 60;
/** ng/mL is µg/L: a thousandth of a mg/L. */
const NG_PER_ML_IN_MG_PER_L = 1 / 1000;

export interface ConcentrationTimeline {
  readonly at: number[];
  readonly concentrationMgPerL: number[];
  /** From this time on the curve assumes the pump keeps its current rate; null once the infusion ended. */
  readonly forecastFrom: number | null;
}

/**
 * @example predictedConcentration(facts, effectiveEntries(entries), now).concentrationMgPerL.at(-1)
 */
export function predictedConcentration(
  facts: SessionFacts,
  effective: readonly ChartEntry[],
  now: number,
  model: Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral"> = DOMINO,
): ConcentrationTimeline {
  const course = infusionCourse(effective);
  const start = course.startedAt;
  if (start === null) return { at: [], concentrationMgPerL: [], forecastFrom: null };
  const running = course.endedAt === null && course.status === "infusing";
  const plannedEnd = running ? expectedEndAt(course, facts.plan.doseMg, now) : null;
  const until = course.endedAt ?? Math.max(now, plannedEnd ?? now, start);
  const records: AdministrationRecord[] = course.segments.map((s) => ({
    kind: "rate",
    start: minutes((s.from - start) / MINUTE),
    // The running segment is assumed to go on until the planned dose has run in.
    stop:
      s.to === null
        ? plannedEnd === null
          ? null
          : minutes((plannedEnd - start) / MINUTE)
        : minutes((s.to - start) / MINUTE),
    rate: mgPerHour(s.rateMgPerHour),
  }));
  const doses = dosesUpTo(records, minutes((until - start) / MINUTE));
  const count = Math.floor((until - start) / MINUTE) + TAIL_MINUTES + 1;
  const ngPerMl = predictGrid(model, kg(facts.plan.weightKg), doses, { start: 0, step: 1, count });
  return {
    at: Array.from({ length: count }, (_, k) => start + k * MINUTE),
    concentrationMgPerL: ngPerMl.map((c) => c * NG_PER_ML_IN_MG_PER_L),
    forecastFrom: running && plannedEnd !== null && plannedEnd > now ? now : null,
  };
}
