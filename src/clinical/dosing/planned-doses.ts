/** A computed plan as doses for the PK model, so the planning screen can draw its predicted curve. */
import type { Dose } from "../pk";
import {
  minutes,
  minutesToHours,
  mlPerHourToMgPerHour,
  rateForDoseOverTime,
  secondsToMinutes,
} from "../units";
import type { PlanComputation } from "./types";

/**
 * The bolus (pushed from time 0 over its push time) and the infusion (from time 0, at the rate the pump
 * actually delivers after rounding), in minutes from the start of the session.
 * @example predict(DOMINO, kg(70), plannedDoses(computePlan(plan, kg(70))), times)
 */
export function plannedDoses(c: PlanComputation): Dose[] {
  const doses: Dose[] = [];
  if (c.bolus) {
    const push = secondsToMinutes(c.bolus.duration);
    doses.push({
      kind: "rate",
      start: minutes(0),
      stop: push,
      rate: rateForDoseOverTime(c.bolus.dose, minutesToHours(push)),
    });
  }
  if (c.infusion) {
    doses.push({
      kind: "rate",
      start: minutes(0),
      stop: c.infusion.duration,
      rate: mlPerHourToMgPerHour(c.infusion.roundedRate, c.infusion.concentration),
    });
  }
  return doses;
}
