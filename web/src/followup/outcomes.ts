/** Words for a patient's outcomes: the continuation step, side effects of one infusion, doses. */
import { sideEffect } from "../../../src/clinical/catalogue";
import type { Grade, SideEffectId } from "../../../src/clinical/catalogue/types";
import type { Recommendation } from "../../../src/clinical/followup/continuation";

export const RECOMMENDATION_LABEL: Readonly<Record<Recommendation, string>> = {
  continue: "Continue",
  adjust: "Adjust the plan",
  pause: "Pause infusions",
  stop: "Stop infusions",
};

/** The catalogue's clinical name for a side effect id, or the id itself for one it does not know. */
export function sideEffectName(id: string): string {
  return (sideEffect(id as SideEffectId) as ReturnType<typeof sideEffect> | undefined)?.clinicalName ?? id;
}

/**
 * One infusion's side effects: those charted with their grades, worst first, then those the patient reported
 * at home (which have no grade).
 * @example sideEffectsText({ nausea: 1, hypertension: 2 }) // "Hypertension (grade 2), Nausea (grade 1)"
 */
export function sideEffectsText(
  effects: Readonly<Record<string, Grade>>,
  reportedAtHome: readonly string[] = [],
): string {
  const entries = Object.entries(effects).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const charted = entries.map(([id, grade]) => `${sideEffectName(id)} (grade ${grade})`);
  const home = [...reportedAtHome].sort().map((id) => `${sideEffectName(id)} (reported at home)`);
  return [...charted, ...home].join(", ") || "none";
}

/** A dose in mg to one decimal at most, e.g. "37.5 mg". */
export const formatMg = (value: number): string => `${Math.round(value * 10) / 10} mg`;

/** A weight-based dose in mg/kg to two decimals at most, e.g. "0.5 mg/kg"; a dash when unknown. */
export const formatMgPerKg = (value: number | null): string =>
  value === null ? "—" : `${Math.round(value * 100) / 100} mg/kg`;
