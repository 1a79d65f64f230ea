/**
 * Evaluating drug-library limits against what a plan actually delivers (after pump rounding), the way a
 * smart pump's dose error reduction system does.
 */
import { producedBy } from "../provenance";
import {
  formatQuantity,
  type Kg,
  type MgPerHour,
  mgPerHourToMgPerKgPerHour,
  type Quantity,
  type Unit,
} from "../units";
import {
  type DoseLimit,
  LIMIT_QUANTITIES,
  type LimitQuantity,
  type LimitUnit,
  type Plan,
  type PlanComputation,
  type Violation,
} from "./types";

/** What a plan delivers, per kind of limit, each in that limit's unit. */
export type Measures = { -readonly [Q in LimitQuantity]?: Quantity<LimitUnit<Q>> };

/** Relative slack for binary rounding noise: a value equal to its limit in decimal is never "above" it. */
const TOLERANCE = 1e-9;

/** Whether `value` lies outside the limit. */
export function breaches(limit: DoseLimit, value: Quantity<Unit>): boolean {
  const slack = TOLERANCE * Math.max(1, Math.abs(limit.limit));
  if (limit.bound === "max")
    return limit.exclusive ? value >= limit.limit - slack : value > limit.limit + slack;
  return limit.exclusive ? value <= limit.limit + slack : value < limit.limit - slack;
}

/** The values each kind of limit is checked against, taken from the computed (delivered) plan. */
export function measurePlan(c: PlanComputation): Measures {
  const m: Measures = {
    "session-total": c.totalDose,
    "session-total-per-kg": c.totalDosePerKg,
    "course-total": c.perCourse.projected,
    "course-total-per-kg": c.perCourse.projectedPerKg,
  };
  if (c.infusion) {
    m["infusion-rate"] = c.infusion.deliveredRate;
    m["infusion-rate-per-kg"] = c.infusion.deliveredRatePerKg;
    m["infusion-concentration"] = c.infusion.concentration;
    m["session-duration"] = c.infusion.duration;
  }
  if (c.bolus) {
    m["bolus-per-kg"] = c.bolus.dosePerKg;
    m["bolus-speed"] = c.bolus.speed;
    m["bolus-duration"] = c.bolus.duration;
    m["bolus-concentration"] = c.bolus.concentration;
  }
  return m;
}

function describe(limit: DoseLimit, value: Quantity<Unit>): string {
  const unit: Unit = LIMIT_QUANTITIES[limit.quantity].unit;
  const show = (v: Quantity<Unit>) => formatQuantity(v, unit, { maxDecimals: 3 });
  const where =
    limit.bound === "max"
      ? limit.exclusive
        ? "at or above"
        : "above"
      : limit.exclusive
        ? "at or below"
        : "below";
  const what = limit.bound === "max" ? "limit" : "minimum";
  const consequence =
    limit.kind === "hard"
      ? "Refused: a hard limit cannot be overridden."
      : "Allowed only with a reason recorded by the prescriber.";
  return `${LIMIT_QUANTITIES[limit.quantity].label} ${show(value)} is ${where} the ${limit.kind} ${what} of ${show(limit.limit)}. ${consequence}`;
}

/** Every limit the measures breach, with the prescriber's override reason attached to soft ones. */
export function evaluateLimits(
  limits: readonly DoseLimit[],
  measures: Measures,
  overrideReasons: Plan["overrideReasons"] = {},
): Violation[] {
  const violations: Violation[] = [];
  for (const limit of limits) {
    const value = measures[limit.quantity];
    if (value === undefined || !breaches(limit, value)) continue;
    const reason = overrideReasons[limit.id]?.trim();
    violations.push({
      limitId: limit.id,
      limitVersion: limit.version,
      kind: limit.kind,
      quantity: limit.quantity,
      unit: LIMIT_QUANTITIES[limit.quantity].unit,
      value,
      limit: limit.limit,
      bound: limit.bound,
      message: describe(limit, value),
      sources: limit.sources,
      evidence: limit.evidence,
      overrideReason: limit.kind === "soft" && reason ? reason : null,
      producedBy: producedBy(limit),
    });
  }
  return violations;
}

/** Whether a set of violations still allows the plan: no hard limit breached and every soft one explained. */
export function allowed(violations: readonly Violation[]): boolean {
  return violations.every((v) => v.kind === "soft" && v.overrideReason !== null);
}

/**
 * Check a rate change during an infusion against the protocol's rate limits (mg/h and mg/kg/h).
 * @example checkInfusionRate(protocol.limits, kg(80), mgPerHour(28)) // hard violation for Schwartzman
 */
export function checkInfusionRate(
  limits: readonly DoseLimit[],
  weight: Kg,
  rate: MgPerHour,
  overrideReasons: Plan["overrideReasons"] = {},
): Violation[] {
  return evaluateLimits(
    limits,
    { "infusion-rate": rate, "infusion-rate-per-kg": mgPerHourToMgPerKgPerHour(rate, weight) },
    overrideReasons,
  );
}
