/**
 * Turning a plan into pump settings and totals for one patient: rate for the weight, protocol cap, pump
 * rate for the concentration rounded to the pump's step, what that rounded rate delivers, bolus push time,
 * totals and course projection.
 */
import {
  bolusSpeed,
  delta,
  doseOverTime,
  type Kg,
  type Mg,
  type MgPerHour,
  type MlPerHour,
  mcgPerKgPerMinToMgPerKgPerHour,
  mg,
  mgPerHourToMgPerKgPerHour,
  mgPerHourToMlPerHour,
  mgPerKgPerHourToMgPerHour,
  mgPerKgToMg,
  mgToMgPerKg,
  mgToMl,
  minutes,
  minutesToHours,
  ml,
  mlPerHourToMgPerHour,
  rateForDoseOverTime,
  secondsToMinutes,
  sum,
  volumeOverTime,
} from "../units";
import { minimumBolusDuration } from "./bolus";
import { cumulativeDose } from "./cumulative";
import { DEFAULT_LIBRARY, type DrugLibrary, findProtocol } from "./library";
import { breaches, measurePlan } from "./limits";
import { DEFAULT_PUMP_RESOLUTION, type RoundingDirection, roundToPump } from "./rounding";
import type {
  BolusComputation,
  BolusPlan,
  DoseLimit,
  InfusionOrder,
  InfusionPlan,
  PastSession,
  Plan,
  PlanComputation,
} from "./types";

/** A plan that cannot be computed as written (the message says what to change). */
export class PlanError extends Error {
  override name = "PlanError";
}

export interface ComputeOptions {
  /** Earlier sessions, for course and lifetime totals. */
  readonly history?: readonly PastSession[];
  readonly courseId?: string;
  readonly library?: DrugLibrary;
}

/** The ordered infusion rate in mg/h for this weight. */
export function orderedRate(order: InfusionOrder, weight: Kg, duration: InfusionPlan["duration"]): MgPerHour {
  switch (order.kind) {
    case "rate-per-kg":
      return mgPerKgPerHourToMgPerHour(order.rate, weight);
    case "rate-per-kg-per-min":
      return mgPerKgPerHourToMgPerHour(mcgPerKgPerMinToMgPerKgPerHour(order.rate), weight);
    case "rate":
      return order.rate;
    case "dose-per-kg":
      return rateForDoseOverTime(mgPerKgToMg(order.dose, weight), minutesToHours(duration));
    case "dose":
      return rateForDoseOverTime(order.dose, minutesToHours(duration));
  }
}

function bolusDose(bolus: BolusPlan, weight: Kg): Mg {
  return bolus.order.kind === "dose" ? bolus.order.dose : mgPerKgToMg(bolus.order.dose, weight);
}

function computeBolus(bolus: BolusPlan, weight: Kg): BolusComputation {
  const dose = bolusDose(bolus, weight);
  const minimumDuration = minimumBolusDuration(dose, weight);
  const duration = bolus.duration ?? minimumDuration;
  const dosePerKg = mgToMgPerKg(dose, weight);
  return {
    dose,
    dosePerKg,
    volume: mgToMl(dose, bolus.concentration),
    concentration: bolus.concentration,
    minimumDuration,
    duration,
    speed: bolusSpeed(dosePerKg, secondsToMinutes(duration)),
  };
}

function assemble(
  plan: Plan,
  weight: Kg,
  options: ComputeOptions,
  pumpRate: MlPerHour | null,
  prescribed: { ordered: MgPerHour; rate: MgPerHour; cap: MgPerHour | null; exact: MlPerHour } | null,
  rounding: RoundingDirection,
): PlanComputation {
  const bolus = plan.bolus ? computeBolus(plan.bolus, weight) : null;
  let infusion: PlanComputation["infusion"] = null;
  if (plan.infusion && prescribed && pumpRate !== null) {
    const { duration, concentration } = plan.infusion;
    const deliveredRate = mlPerHourToMgPerHour(pumpRate, concentration);
    const prescribedDose = doseOverTime(prescribed.rate, minutesToHours(duration));
    const deliveredDose = doseOverTime(deliveredRate, minutesToHours(duration));
    infusion = {
      orderedRate: prescribed.ordered,
      prescribedRate: prescribed.rate,
      cappedAt: prescribed.cap,
      rateMlPerHour: prescribed.exact,
      roundedRate: pumpRate,
      rounding,
      roundingDifference: delta("mL/h", pumpRate - prescribed.exact),
      deliveredRate,
      deliveredRatePerKg: mgPerHourToMgPerKgPerHour(deliveredRate, weight),
      prescribedDose,
      deliveredDose,
      doseDifference: delta("mg", deliveredDose - prescribedDose),
      duration,
      volume: volumeOverTime(pumpRate, minutesToHours(duration)),
      concentration,
    };
  }
  const totalDose = sum("mg", [bolus?.dose ?? mg(0), infusion?.deliveredDose ?? mg(0)]);
  const cumulative = cumulativeDose(
    options.history ?? [],
    options.courseId ?? null,
    totalDose,
    plan.sessionsInCourse,
  );
  return {
    weight,
    infusion,
    bolus,
    totalDose,
    totalDosePerKg: mgToMgPerKg(totalDose, weight),
    totalVolume: sum("mL", [bolus?.volume ?? ml(0), infusion?.volume ?? ml(0)]),
    sessionDuration: infusion?.duration ?? minutes(0),
    perCourse: { ...cumulative.course, projectedPerKg: mgToMgPerKg(cumulative.course.projected, weight) },
    lifetime: cumulative.lifetime,
  };
}

/**
 * Compute a plan for a patient's weight. The pump rate is rounded to the nearest step. When that step
 * would breach a limit the exact rate respects, the step on the other side is used instead if it avoids a
 * hard limit, or avoids a soft one without breaching anything else: rounding never carries a plan over a
 * hard limit, and never makes a plan that follows its protocol need an override.
 * @example computePlan({ protocolId: "schwartzman", infusion: { order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) }, duration: minutes(240), concentration: mgPerMl(1) }, sessionsInCourse: 10 }, kg(80)).infusion?.roundedRate // 25 mL/h
 */
export function computePlan(plan: Plan, weight: Kg, options: ComputeOptions = {}): PlanComputation {
  if (!(weight > 0)) throw new PlanError(`A dose plan needs a body weight above 0 kg (got ${weight})`);
  if (!Number.isInteger(plan.sessionsInCourse) || plan.sessionsInCourse < 1) {
    throw new PlanError(`A course has a whole number of sessions, at least 1 (got ${plan.sessionsInCourse})`);
  }
  if (!plan.infusion) return assemble(plan, weight, options, null, null, "nearest");

  const { order, duration, concentration } = plan.infusion;
  if (!(duration > 0)) throw new PlanError("An infusion needs a duration above 0 min");
  if (!(concentration > 0)) throw new PlanError("An infusion needs a concentration above 0 mg/mL");
  const protocol = findProtocol(plan.protocolId, options.library ?? DEFAULT_LIBRARY);
  const ordered = orderedRate(order, weight, duration);
  const cap = protocol.rateCap !== null && ordered > protocol.rateCap ? protocol.rateCap : null;
  const rate = cap ?? ordered;
  const exact = mgPerHourToMlPerHour(rate, concentration);
  const resolution = plan.pumpResolution ?? DEFAULT_PUMP_RESOLUTION;
  const prescribed = { ordered, rate, cap, exact };

  const nearest = roundToPump(exact, resolution, "nearest");
  const belowStep = () =>
    new PlanError(
      `${rate} mg/h at ${concentration} mg/mL is ${exact} mL/h, below the pump's ${resolution} mL/h step: use a weaker concentration`,
    );
  if (rate > 0 && nearest === 0) throw belowStep();
  const atNearest = assemble(plan, weight, options, nearest, prescribed, "nearest");
  if (nearest === exact) return atNearest;

  // Limits the rounding alone would breach: breached by the rounded rate but not by the exact one.
  const unrounded = measurePlan(assemble(plan, weight, options, exact, prescribed, "nearest"));
  const newlyBreached = (c: PlanComputation) => {
    const rounded = measurePlan(c);
    return protocol.limits.filter((l) => {
      const before = unrounded[l.quantity];
      const after = rounded[l.quantity];
      return after !== undefined && before !== undefined && breaches(l, after) && !breaches(l, before);
    });
  };
  const atNearestBreaches = newlyBreached(atNearest);
  if (atNearestBreaches.length === 0) return atNearest;

  const direction = nearest > exact ? "down" : "up";
  const other = roundToPump(exact, resolution, direction);
  if (other === 0) throw belowStep();
  const atOther = assemble(plan, weight, options, other, prescribed, direction);
  const atOtherBreaches = newlyBreached(atOther);
  const hard = (ls: readonly DoseLimit[]) => ls.some((l) => l.kind === "hard");
  // The other step is taken when it avoids a hard limit, or avoids a soft one without creating any breach.
  if (hard(atNearestBreaches) && !hard(atOtherBreaches)) return atOther;
  if (!hard(atNearestBreaches) && atOtherBreaches.length === 0) return atOther;
  return atNearest;
}
