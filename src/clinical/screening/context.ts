import type { InteractionClassId } from "../medications/classes";
import {
  classesOfIngredient,
  lookupMedication,
  type MedicationLookup,
  type MedicationMatch,
} from "../medications/lookup";
import { CONDITIONS, type ConditionCode, type LabName, type LabResult, type ScreeningInput } from "./input";

/** Days since 1970-01-01 for a YYYY-MM-DD prefix, or null when the text does not start with a real date. */
export function dayNumber(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/** Completed years and months between a date of birth and the screening day; null when either is not a date or birth is later. */
export function ageOn(dateOfBirth: string, asOf: string): { years: number; months: number } | null {
  const born = dayNumber(dateOfBirth);
  const today = dayNumber(asOf);
  if (born === null || today === null || born > today) return null;
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = asOf.slice(0, 10).split("-").map(Number) as [number, number, number];
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  return { years: Math.floor(months / 12), months };
}

/** What every rule reads: the input plus the derived facts rules share, computed once. */
export interface ScreeningContext {
  readonly input: ScreeningInput;
  readonly today: number | null;
  readonly age: { readonly years: number; readonly months: number } | null;
  readonly medications: readonly MedicationLookup[];
  /** A repeated course is planned, or ketamine infusions were given before (prior infusions or a lifetime dose). */
  readonly repeatedCourse: boolean;
  has(code: ConditionCode): boolean;
  /** The listed codes the patient has, in the order given. */
  present(codes: readonly ConditionCode[]): ConditionCode[];
  medicationsIn(classes: readonly InteractionClassId[]): MedicationMatch[];
  /** The latest result of this test taken on or before the screening day and at most `validDays` before it. */
  recentLab(name: LabName, validDays: number): LabResult | undefined;
}

export function conditionLabel(code: ConditionCode): string {
  return CONDITIONS[code];
}

/**
 * How a matched medication is named in a trigger: the ingredients that carry the classes, then what was written.
 * @example describeMedication(match, ["seizure-threshold"]) // "bupropion (Wellbutrin XL 150 mg)"
 */
export function describeMedication(m: MedicationMatch, classes: readonly InteractionClassId[]): string {
  const relevant = m.ingredients.filter((i) => classesOfIngredient(i).some((c) => classes.includes(c)));
  const written = m.input.trim();
  const note = m.how === "spelling" ? `${written}, read as ${m.matchedName}: confirm` : written;
  return `${relevant.join(" + ")} (${note})`;
}

export function buildContext(input: ScreeningInput): ScreeningContext {
  const conditions = new Set(input.history.conditions);
  const today = dayNumber(input.asOf);
  const medications = input.medications
    .filter((m) => m.name.trim() !== "")
    .map((m) => lookupMedication(m.name));
  const labs = input.labs ?? [];
  return {
    input,
    today,
    age: ageOn(input.patient.dateOfBirth, input.asOf),
    medications,
    repeatedCourse:
      input.plan?.repeated === true ||
      (input.exposure?.priorInfusions ?? 0) > 0 ||
      (input.exposure?.lifetimeMg ?? 0) > 0,
    has: (code) => conditions.has(code),
    present: (codes) => codes.filter((c) => conditions.has(c)),
    medicationsIn: (classes) =>
      medications.filter(
        (m): m is MedicationMatch => m.kind === "matched" && m.classes.some((c) => classes.includes(c)),
      ),
    recentLab: (name, validDays) => {
      if (today === null) return undefined;
      let best: { lab: LabResult; day: number } | undefined;
      for (const lab of labs) {
        const day = lab.name === name ? dayNumber(lab.takenOn) : null;
        if (day === null || day > today || today - day > validDays) continue;
        if (!best || day > best.day) best = { lab, day };
      }
      return best?.lab;
    },
  };
}
