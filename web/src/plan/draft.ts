/**
 * The plan builder's state: strings as typed, turned into the API's {@link PlanInput} with messages keyed by
 * its JSON pointers (under `/plan`), and into the pure core's plan so pump settings, limits and the PK curve
 * are computed in the browser on every keystroke. The server recomputes all of it when the plan is saved.
 */
import {
  checkPlan,
  type PlanCheck,
  PlanError,
  USUAL_INFUSION_CONCENTRATION,
  VIAL_STRENGTHS,
} from "../../../src/clinical/dosing";
import type { InfusionOrder, Plan, Protocol } from "../../../src/clinical/dosing/types";
import { DOMINO, predict } from "../../../src/clinical/pk";
import {
  kg,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
  QuantityError,
} from "../../../src/clinical/units";
import type { PlanInput, PlanOrderInput, SchedulePattern } from "../api/types";

export type OrderKind = PlanOrderInput["kind"];

export const ORDER_UNITS: Record<OrderKind, string> = {
  "rate-per-kg": "mg/kg/h",
  rate: "mg/h",
  "dose-per-kg": "mg/kg over the infusion",
  dose: "mg over the infusion",
};

/**
 * Bag concentrations offered: the usual dilution and each vial strength as supplied — the only
 * concentrations the server accepts, so a plan can never name a strength the pharmacy cannot make.
 */
export const CONCENTRATIONS: readonly { value: string; label: string }[] = [
  {
    value: String(USUAL_INFUSION_CONCENTRATION),
    label: `${USUAL_INFUSION_CONCENTRATION} mg/mL (usual dilution)`,
  },
  ...VIAL_STRENGTHS.filter((v) => v !== USUAL_INFUSION_CONCENTRATION).map((v) => ({
    value: String(v),
    label: `${v} mg/mL (vial strength, undiluted)`,
  })),
];

export interface PremedicationDraft {
  drug: string;
  dose: string;
  route: string;
  reason: string;
}

export interface RescueDraft {
  drug: string;
  dose: string;
  route: string;
  forSideEffect: string;
}

export interface PlanDraft {
  protocolId: string;
  orderKind: OrderKind;
  orderValue: string;
  durationMin: string;
  concentration: string;
  bagVolumeMl: string;
  bolus: boolean;
  bolusMgPerKg: string;
  bolusConcentration: string;
  sessions: string;
  pattern: SchedulePattern;
  premedications: PremedicationDraft[];
  rescueMedications: RescueDraft[];
  minObservationMinutes: string;
  overrideReasons: Record<string, string>;
}

export type FieldErrors = Record<string, string>;

const DEFAULT_BAG_ML = "250";
const DEFAULT_OBSERVATION_MIN = "60";

function orderFields(order: InfusionOrder | null): Pick<PlanDraft, "orderKind" | "orderValue"> {
  if (!order) return { orderKind: "rate-per-kg", orderValue: "" };
  switch (order.kind) {
    case "rate-per-kg":
      return { orderKind: "rate-per-kg", orderValue: String(order.rate) };
    case "rate-per-kg-per-min":
      // mcg/kg/min × 60 / 1000 = mg/kg/h; the builder offers mg/kg/h only.
      return { orderKind: "rate-per-kg", orderValue: String((order.rate * 60) / 1000) };
    case "rate":
      return { orderKind: "rate", orderValue: String(order.rate) };
    case "dose-per-kg":
      return { orderKind: "dose-per-kg", orderValue: String(order.dose) };
    case "dose":
      return { orderKind: "dose", orderValue: String(order.dose) };
  }
}

/** A new plan from a library protocol's template (empty infusion values for a custom plan). */
export function draftFromProtocol(protocol: Protocol, keep?: PlanDraft): PlanDraft {
  const t = protocol.template;
  return {
    protocolId: protocol.protocolId,
    ...orderFields(t?.order ?? null),
    durationMin: t?.duration ? String(t.duration) : "",
    concentration: String(t?.concentration ?? 1),
    bagVolumeMl: keep?.bagVolumeMl ?? DEFAULT_BAG_ML,
    bolus: false,
    bolusMgPerKg: "",
    bolusConcentration: "10",
    sessions: protocol.sessionsPerCourse ? String(protocol.sessionsPerCourse) : (keep?.sessions ?? "1"),
    pattern: keep?.pattern ?? "daily",
    premedications: keep?.premedications ?? [],
    rescueMedications: keep?.rescueMedications ?? [],
    minObservationMinutes: keep?.minObservationMinutes ?? DEFAULT_OBSERVATION_MIN,
    overrideReasons: {},
  };
}

function orderValue(order: PlanOrderInput): number {
  switch (order.kind) {
    case "rate-per-kg":
      return order.rateMgPerKgPerHour;
    case "rate":
      return order.rateMgPerHour;
    case "dose-per-kg":
      return order.doseMgPerKg;
    case "dose":
      return order.doseMg;
  }
}

/** The builder's state for a saved version, to edit it into a new one. */
export function draftFromInput(p: PlanInput): PlanDraft {
  return {
    protocolId: p.protocolId,
    orderKind: p.infusion.order.kind,
    orderValue: String(orderValue(p.infusion.order)),
    durationMin: String(p.infusion.durationMin),
    concentration: String(p.infusion.concentrationMgPerMl),
    bagVolumeMl: String(p.infusion.bagVolumeMl),
    bolus: Boolean(p.bolus),
    bolusMgPerKg: p.bolus ? String(p.bolus.doseMgPerKg) : "",
    bolusConcentration: p.bolus ? String(p.bolus.concentrationMgPerMl) : "10",
    sessions: String(p.schedule.sessions),
    pattern: p.schedule.pattern,
    premedications: p.premedications.map((m) => ({ ...m })),
    rescueMedications: p.rescueMedications.map((m) => ({ ...m })),
    minObservationMinutes: String(p.minObservationMinutes),
    overrideReasons: { ...p.overrideReasons },
  };
}

function readNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(",", ".");
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

function toOrder(kind: OrderKind, value: number): PlanOrderInput {
  switch (kind) {
    case "rate-per-kg":
      return { kind, rateMgPerKgPerHour: value };
    case "rate":
      return { kind, rateMgPerHour: value };
    case "dose-per-kg":
      return { kind, doseMgPerKg: value };
    case "dose":
      return { kind, doseMg: value };
  }
}

export type ParseResult = { ok: true; input: PlanInput } | { ok: false; errors: FieldErrors };

/**
 * Reads the builder into a plan input; every value that is missing or cannot be a dose gets a message
 * on its field. Limits are not checked here: that is {@link evaluatePlan}'s job.
 *
 * @example parsePlanDraft(draft).ok // false when the duration is blank
 */
export function parsePlanDraft(draft: PlanDraft): ParseResult {
  const errors: FieldErrors = {};
  const positive = (value: string, path: string, label: string, unit: string, integer = false): number => {
    const n = readNumber(value);
    if (value.trim() === "") errors[path] = `${label} is required`;
    else if (n === undefined || n <= 0 || (integer && !Number.isInteger(n)))
      errors[path] =
        `${label} must be ${integer ? "a whole number" : "a number"} above 0${unit ? ` ${unit}` : ""}`;
    return n ?? 0;
  };
  const value = positive(
    draft.orderValue,
    "/infusion/order",
    "The ordered amount",
    ORDER_UNITS[draft.orderKind],
  );
  const durationMin = positive(draft.durationMin, "/infusion/durationMin", "Duration", "min", true);
  const concentrationMgPerMl = positive(
    draft.concentration,
    "/infusion/concentrationMgPerMl",
    "Concentration",
    "mg/mL",
  );
  const bagVolumeMl = positive(draft.bagVolumeMl, "/infusion/bagVolumeMl", "Bag volume", "mL");
  const sessions = positive(draft.sessions, "/schedule/sessions", "Number of infusions", "", true);
  const minObservation = readNumber(draft.minObservationMinutes);
  if (minObservation === undefined || minObservation < 0 || !Number.isInteger(minObservation))
    errors["/minObservationMinutes"] = "Observation time must be a whole number of minutes, 0 or more";
  const bolus = draft.bolus
    ? {
        doseMgPerKg: positive(draft.bolusMgPerKg, "/bolus/doseMgPerKg", "Bolus dose", "mg/kg"),
        concentrationMgPerMl: positive(
          draft.bolusConcentration,
          "/bolus/concentrationMgPerMl",
          "Bolus concentration",
          "mg/mL",
        ),
      }
    : null;
  draft.premedications.forEach((m, i) => {
    if (!m.drug.trim()) errors[`/premedications/${i}/drug`] = "Name the drug or remove the row";
  });
  draft.rescueMedications.forEach((m, i) => {
    if (!m.drug.trim()) errors[`/rescueMedications/${i}/drug`] = "Name the drug or remove the row";
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const overrideReasons = Object.fromEntries(
    Object.entries(draft.overrideReasons)
      .map(([id, reason]) => [id, reason.trim()] as const)
      .filter(([, reason]) => reason),
  );
  return {
    ok: true,
    input: {
      protocolId: draft.protocolId,
      infusion: { order: toOrder(draft.orderKind, value), durationMin, concentrationMgPerMl, bagVolumeMl },
      bolus,
      schedule: { sessions, pattern: draft.pattern },
      premedications: draft.premedications.map((m) => ({ ...m, drug: m.drug.trim() })),
      rescueMedications: draft.rescueMedications.map((m) => ({ ...m, drug: m.drug.trim() })),
      minObservationMinutes: minObservation ?? 0,
      overrideReasons,
    },
  };
}

function coreOrder(order: PlanOrderInput): InfusionOrder {
  switch (order.kind) {
    case "rate-per-kg":
      return { kind: "rate-per-kg", rate: mgPerKgPerHour(order.rateMgPerKgPerHour) };
    case "rate":
      return { kind: "rate", rate: mgPerHour(order.rateMgPerHour) };
    case "dose-per-kg":
      return { kind: "dose-per-kg", dose: mgPerKg(order.doseMgPerKg) };
    case "dose":
      return { kind: "dose", dose: mg(order.doseMg) };
  }
}

/** The pure core's plan for an API plan input. */
export function corePlan(input: PlanInput): Plan {
  return {
    protocolId: input.protocolId,
    infusion: {
      order: coreOrder(input.infusion.order),
      duration: minutes(input.infusion.durationMin),
      concentration: mgPerMl(input.infusion.concentrationMgPerMl),
    },
    bolus: input.bolus
      ? {
          order: { kind: "dose-per-kg", dose: mgPerKg(input.bolus.doseMgPerKg) },
          concentration: mgPerMl(input.bolus.concentrationMgPerMl),
        }
      : undefined,
    sessionsInCourse: input.schedule.sessions,
    overrideReasons: input.overrideReasons,
  };
}

export type Evaluated = { ok: true; check: PlanCheck } | { ok: false; message: string };

/** Earlier exposure counts towards lifetime totals as one past course. */
const EARLIER_COURSES = "earlier";

/**
 * Pump settings, totals and limit violations for a plan at a weight, counting `pastMg` already received in
 * earlier courses. A plan the core cannot compute (a pump step too coarse, an unknown protocol) comes back
 * as its message.
 */
export function evaluatePlan(input: PlanInput, weightKg: number, pastMg: number): Evaluated {
  try {
    const history = pastMg > 0 ? [{ courseId: EARLIER_COURSES, delivered: mg(pastMg) }] : [];
    return {
      ok: true,
      check: checkPlan(corePlan(input), { weight: kg(weightKg), courseId: "this", history }),
    };
  } catch (error) {
    if (error instanceof PlanError || error instanceof QuantityError || error instanceof RangeError)
      return { ok: false, message: error.message };
    throw error;
  }
}

/** How long after the infusion ends the PK preview keeps going. */
export const PK_AFTER_MIN = 240;
const PK_STEP_MIN = 2;

export interface PkCurve {
  timesMin: number[];
  concentrationNgPerMl: number[];
}

/**
 * Predicted plasma concentration (adult three-compartment model) from the start of one session's bolus and
 * infusion as delivered until {@link PK_AFTER_MIN} after the infusion stops, sampled every 2 min.
 */
export function pkCurve(check: PlanCheck): PkCurve {
  const c = check.computation;
  const end = c.sessionDuration + PK_AFTER_MIN;
  const timesMin: number[] = [];
  for (let t = 0; t <= end; t += PK_STEP_MIN) timesMin.push(t);
  const doses = [
    ...(c.bolus ? [{ kind: "bolus" as const, at: minutes(0), amount: c.bolus.dose }] : []),
    ...(c.infusion
      ? [
          {
            kind: "rate" as const,
            start: minutes(0),
            stop: c.infusion.duration,
            rate: c.infusion.deliveredRate,
          },
        ]
      : []),
  ];
  const concentrationNgPerMl = predict(DOMINO, c.weight, doses, timesMin.map(minutes));
  return { timesMin, concentrationNgPerMl };
}

/** Structural equality of JSON-shaped values, ignoring key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Whether the builder still describes the saved plan exactly. Approval acts on the saved version, so while
 * this is false the screen shows a plan other than the one a physician would approve.
 *
 * @example draftMatchesSaved(draftFromInput(saved), saved) // true
 */
export function draftMatchesSaved(draft: PlanDraft, saved: PlanInput): boolean {
  const parsed = parsePlanDraft(draft);
  return parsed.ok && sameJson(draftFromInput(parsed.input), draftFromInput(saved));
}
