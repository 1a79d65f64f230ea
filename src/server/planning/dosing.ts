/**
 * From a plan as entered to the clinical core's dose math and back: unit constructors on the way in, fields
 * named for their unit on the way out, and the checks a plan must pass before it can be computed.
 */
import {
  checkPlan,
  type PastSession,
  type Plan,
  type PlanCheck,
  PlanError,
  PROTOCOLS,
  type Protocol,
  USUAL_INFUSION_CONCENTRATION,
  VIAL_STRENGTHS,
  type Violation,
} from "../../clinical/dosing";
import { type InfusionOrder, LIMIT_QUANTITIES } from "../../clinical/dosing/types";
import {
  kg,
  mcgPerKgPerMinToMgPerKgPerHour,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
} from "../../clinical/units";
import type { FieldError } from "../errors";
import type { PlanInput } from "./schemas";

/** Concentrations a bag or syringe can hold: the vial strengths and the usual infusion dilution, mg/mL. */
const KNOWN_CONCENTRATIONS: readonly number[] = [
  ...new Set([USUAL_INFUSION_CONCENTRATION, ...VIAL_STRENGTHS].map(Number)),
].sort((a, b) => a - b);

function order(o: PlanInput["infusion"]["order"]): InfusionOrder {
  switch (o.kind) {
    case "rate-per-kg":
      return { kind: o.kind, rate: mgPerKgPerHour(o.rateMgPerKgPerHour) };
    case "rate":
      return { kind: o.kind, rate: mgPerHour(o.rateMgPerHour) };
    case "dose-per-kg":
      return { kind: o.kind, dose: mgPerKg(o.doseMgPerKg) };
    case "dose":
      return { kind: o.kind, dose: mg(o.doseMg) };
  }
}

/** The clinical core's plan for a plan as entered. */
function toClinicalPlan(input: PlanInput): Plan {
  return {
    protocolId: input.protocolId,
    infusion: {
      order: order(input.infusion.order),
      duration: minutes(input.infusion.durationMin),
      concentration: mgPerMl(input.infusion.concentrationMgPerMl),
    },
    ...(input.bolus
      ? {
          bolus: {
            order: { kind: "dose-per-kg", dose: mgPerKg(input.bolus.doseMgPerKg) },
            concentration: mgPerMl(input.bolus.concentrationMgPerMl),
          },
        }
      : {}),
    sessionsInCourse: input.schedule.sessions,
    overrideReasons: input.overrideReasons,
  };
}

/** Fields a plan cannot be computed with: an unknown protocol, a concentration no vial or dilution gives. */
export function planFieldErrors(input: PlanInput, base = "/plan"): FieldError[] {
  const errors: FieldError[] = [];
  if (!PROTOCOLS.some((p) => p.protocolId === input.protocolId)) {
    errors.push({
      path: `${base}/protocolId`,
      message: `must be one of: ${PROTOCOLS.map((p) => p.protocolId).join(", ")}`,
    });
  }
  const known = `must be a vial strength or the usual dilution: ${KNOWN_CONCENTRATIONS.join(", ")} mg/mL`;
  if (!KNOWN_CONCENTRATIONS.includes(input.infusion.concentrationMgPerMl)) {
    errors.push({ path: `${base}/infusion/concentrationMgPerMl`, message: known });
  }
  if (input.bolus && !KNOWN_CONCENTRATIONS.includes(input.bolus.concentrationMgPerMl)) {
    errors.push({ path: `${base}/bolus/concentrationMgPerMl`, message: known });
  }
  return errors;
}

export type CheckedPlan = { ok: true; check: PlanCheck } | { ok: false; error: FieldError };

/**
 * Computes and checks a plan for a weight and dose history. A plan the core cannot compute (e.g. a pump rate
 * below the pump's step) comes back as a field error on the infusion.
 */
export function checkPlanFor(
  input: PlanInput,
  weightKg: number,
  courseId: string,
  history: readonly PastSession[],
  base = "/plan",
): CheckedPlan {
  try {
    const check = checkPlan(toClinicalPlan(input), { weight: kg(weightKg), courseId, history });
    return { ok: true, check };
  } catch (err) {
    if (err instanceof PlanError)
      return { ok: false, error: { path: `${base}/infusion`, message: err.message } };
    throw err;
  }
}

/** Four decimals: more than any pump or syringe shows, and free of binary noise in the JSON. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The computation as JSON, every field named for its unit. */
export function computationJson(check: PlanCheck, input: PlanInput) {
  const c = check.computation;
  const i = c.infusion;
  const b = c.bolus;
  const courseStillToCome = c.perCourse.projected - c.perCourse.past;
  return {
    weightKg: c.weight,
    infusion: i
      ? {
          orderedRateMgPerHour: round(i.orderedRate),
          prescribedRateMgPerHour: round(i.prescribedRate),
          cappedAtMgPerHour: i.cappedAt === null ? null : round(i.cappedAt),
          pumpRateMlPerHourExact: round(i.rateMlPerHour),
          pumpRateMlPerHour: round(i.roundedRate),
          rounding: i.rounding,
          deliveredRateMgPerHour: round(i.deliveredRate),
          deliveredRateMgPerKgPerHour: round(i.deliveredRatePerKg),
          prescribedDoseMg: round(i.prescribedDose),
          deliveredDoseMg: round(i.deliveredDose),
          durationMin: i.duration,
          volumeMl: round(i.volume),
          concentrationMgPerMl: i.concentration,
          bagVolumeMl: input.infusion.bagVolumeMl,
          bagsPerInfusion: Math.max(1, Math.ceil(round(i.volume) / input.infusion.bagVolumeMl)),
        }
      : null,
    bolus: b
      ? {
          doseMg: round(b.dose),
          doseMgPerKg: round(b.dosePerKg),
          volumeMl: round(b.volume),
          concentrationMgPerMl: b.concentration,
          minimumDurationS: round(b.minimumDuration),
          durationS: round(b.duration),
          speedMgPerKgPerMin: round(b.speed),
        }
      : null,
    perInfusion: {
      totalDoseMg: round(c.totalDose),
      totalDoseMgPerKg: round(c.totalDosePerKg),
      totalVolumeMl: round(c.totalVolume),
      sessionDurationMin: c.sessionDuration,
    },
    perCourse: {
      sessions: input.schedule.sessions,
      pastMg: round(c.perCourse.past),
      sessionsDone: c.perCourse.sessionsDone,
      projectedMg: round(c.perCourse.projected),
      projectedMgPerKg: round(c.perCourse.projectedPerKg),
    },
    lifetime: {
      pastMg: round(c.lifetime.past),
      afterThisInfusionMg: round(c.lifetime.afterThisSession),
      afterCourseMg: round(c.lifetime.past + courseStillToCome),
    },
  };
}

/** A limit breach as JSON, with the rule that produced it. */
export function violationJson(v: Violation) {
  return {
    limitId: v.limitId,
    limitVersion: v.limitVersion,
    kind: v.kind,
    quantity: v.quantity,
    unit: v.unit,
    value: round(v.value),
    limit: v.limit,
    bound: v.bound,
    message: v.message,
    sources: [...v.sources],
    evidence: v.evidence,
    overrideReason: v.overrideReason,
    ...v.producedBy,
  };
}

/** A protocol of the drug library as JSON, quantities named for their unit. */
export function protocolJson(p: Protocol) {
  const t = p.template;
  return {
    id: p.protocolId,
    ruleId: p.id,
    version: p.version,
    label: p.label,
    indication: p.indication,
    notes: p.notes,
    template: t
      ? {
          order: orderJson(t.order),
          durationMin: t.duration,
          concentrationMgPerMl: t.concentration,
        }
      : null,
    sessionsPerCourse: p.sessionsPerCourse,
    rateCapMgPerHour: p.rateCap,
    limits: p.limits.map((l) => ({
      id: l.id,
      version: l.version,
      kind: l.kind,
      quantity: l.quantity,
      bound: l.bound,
      exclusive: l.exclusive ?? false,
      unit: LIMIT_QUANTITIES[l.quantity].unit,
      limit: l.limit,
      rationale: l.rationale,
      sources: [...l.sources],
      evidence: l.evidence,
    })),
    sources: [...p.sources],
    evidence: p.evidence,
  };
}

/** An infusion order as JSON (the API's order shape); a per-minute order is given per hour. */
function orderJson(o: InfusionOrder) {
  switch (o.kind) {
    case "rate-per-kg":
      return { kind: o.kind, rateMgPerKgPerHour: o.rate };
    case "rate-per-kg-per-min":
      return {
        kind: "rate-per-kg" as const,
        rateMgPerKgPerHour: round(mcgPerKgPerMinToMgPerKgPerHour(o.rate)),
      };
    case "rate":
      return { kind: o.kind, rateMgPerHour: o.rate };
    case "dose-per-kg":
      return { kind: o.kind, doseMgPerKg: o.dose };
    case "dose":
      return { kind: o.kind, doseMg: o.dose };
  }
}
