/**
 * Turning incoming values into canonical numbers. A monitor feed may send blood pressure in kPa or SpO2
 * as a fraction; anything with an unknown unit or an impossible value is rejected, never guessed.
 */
import { CADSS6, MOAAS, RASS, totalRange } from "../scores";
import type { ScoreScale, VitalInput, VitalSign } from "./types";

const KPA_TO_MMHG = 7.50062;

/** Accepted UCUM units per sign, with the factor to the canonical unit. */
const UNITS: Readonly<Record<VitalSign, Readonly<Record<string, number>>>> = {
  hr: { "/min": 1, "{beats}/min": 1 },
  rr: { "/min": 1, "{breaths}/min": 1 },
  sbp: { "mm[Hg]": 1, kPa: KPA_TO_MMHG },
  dbp: { "mm[Hg]": 1, kPa: KPA_TO_MMHG },
  spo2: { "%": 1, "1": 100 },
};

/**
 * Values outside which a reading is a feed or unit error, not a clinical finding (an SpO2 below 30% is
 * almost always a fraction sent as a percent). Wide on purpose: clinical limits are the rules' business.
 */
const PLAUSIBLE: Readonly<Record<VitalSign, readonly [number, number]>> = {
  hr: [20, 300],
  rr: [0, 80],
  sbp: [30, 300],
  dbp: [10, 250],
  spo2: [30, 100],
};

export const CANONICAL_UNIT: Readonly<Record<VitalSign, string>> = {
  hr: "/min",
  rr: "/min",
  sbp: "mm[Hg]",
  dbp: "mm[Hg]",
  spo2: "%",
};

export type Normalised =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: string };

/**
 * A vital sign in its canonical unit, or why it cannot be used.
 * @example normaliseVital("sbp", { value: 24, unit: "kPa" }) // { ok: true, value: 180.01 }
 */
export function normaliseVital(sign: VitalSign, input: VitalInput): Normalised {
  const { value, unit } = typeof input === "number" ? { value: input, unit: CANONICAL_UNIT[sign] } : input;
  const factor = UNITS[sign][unit];
  if (factor === undefined) {
    return {
      ok: false,
      reason: `unit "${unit}" is not accepted for ${sign} (use ${Object.keys(UNITS[sign]).join(" or ")})`,
    };
  }
  if (typeof value !== "number" || !Number.isFinite(value))
    return { ok: false, reason: `${sign} is not a number` };
  const canonical = Math.round(value * factor * 100) / 100;
  const [min, max] = PLAUSIBLE[sign];
  if (canonical < min || canonical > max) {
    return {
      ok: false,
      reason: `${sign} ${canonical} ${CANONICAL_UNIT[sign]} is outside what a monitor can report`,
    };
  }
  return { ok: true, value: canonical };
}

const SCALE_DEFINITION = { moaas: MOAAS, rass: RASS, cadss6: CADSS6 } as const;

/** A chair-side score checked against its instrument's range (CADSS-6 is entered as its total). */
export function normaliseScore(scale: ScoreScale, value: number): Normalised {
  const def = SCALE_DEFINITION[scale];
  const { min, max } = totalRange(def);
  if (!Number.isInteger(value) || value < min || value > max) {
    return { ok: false, reason: `${def.name} must be a whole number from ${min} to ${max} (got ${value})` };
  }
  return { ok: true, value };
}
