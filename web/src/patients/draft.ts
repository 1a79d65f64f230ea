/**
 * The patient form's state: strings as typed, turned into a {@link PatientInput} with per-field
 * messages keyed by the same JSON pointers the API uses, so client and server errors land in one place.
 */
import type { PatientInput, Sex } from "../api/types";

export interface AllergyDraft {
  substance: string;
  reaction: string;
}

export interface ConditionDraft {
  code: string;
  label: string;
  since: string;
  /** "" when not stated: the record keeps "unknown" distinct from "not controlled". */
  controlled: "" | "yes" | "no";
  notes: string;
}

export interface MedicationDraft {
  name: string;
  dose: string;
  frequency: string;
}

export interface PatientDraft {
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  weightKg: string;
  weightMeasuredOn: string;
  heightCm: string;
  heightMeasuredOn: string;
  allergies: AllergyDraft[];
  conditions: ConditionDraft[];
  medications: MedicationDraft[];
}

export type FieldErrors = Record<string, string>;

export type ParseResult = { ok: true; input: PatientInput } | { ok: false; errors: FieldErrors };

export const EMPTY_DRAFT: PatientDraft = {
  mrn: "",
  givenName: "",
  familyName: "",
  dateOfBirth: "",
  sex: "unknown",
  weightKg: "",
  weightMeasuredOn: "",
  heightCm: "",
  heightMeasuredOn: "",
  allergies: [],
  conditions: [],
  medications: [],
};

/** The form state for editing an existing record. */
export function draftFromPatient(p: PatientInput): PatientDraft {
  return {
    mrn: p.mrn,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    weightKg: p.weight ? String(p.weight.kg) : "",
    weightMeasuredOn: p.weight?.measuredOn ?? "",
    heightCm: p.height ? String(p.height.cm) : "",
    heightMeasuredOn: p.height?.measuredOn ?? "",
    allergies: p.allergies.map((a) => ({ substance: a.substance, reaction: a.reaction ?? "" })),
    conditions: p.conditions.map((c) => ({
      code: c.code,
      label: c.label,
      since: c.since ?? "",
      controlled: c.controlled === undefined ? "" : c.controlled ? "yes" : "no",
      notes: c.notes ?? "",
    })),
    medications: p.medications.map((m) => ({
      name: m.name,
      dose: m.dose ?? "",
      frequency: m.frequency ?? "",
    })),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Onset is often known only to the year or month. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Optional text: trimmed, or left out when blank. */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

interface MeasurementSpec {
  path: string;
  noun: string;
  unit: string;
  max: number;
}

/** Reads an optional measurement (value plus date measured); both blank means "not recorded". */
function parseMeasurement(
  amount: string,
  measuredOn: string,
  today: string,
  spec: MeasurementSpec,
  errors: FieldErrors,
): { value: number; measuredOn: string } | null {
  const text = amount.trim().replace(",", ".");
  const date = measuredOn.trim();
  if (!text && !date) return null;
  const value = Number(text);
  if (!text)
    errors[`${spec.path}/${spec.unit}`] = `Enter the ${spec.noun} in ${spec.unit}, or clear the date.`;
  else if (!Number.isFinite(value) || value <= 0 || value > spec.max) {
    errors[`${spec.path}/${spec.unit}`] =
      `Enter the ${spec.noun} in ${spec.unit} as a number above 0 and up to ${spec.max}.`;
  }
  if (!date) errors[`${spec.path}/measuredOn`] = `Enter the date the ${spec.noun} was measured.`;
  else if (!isDate(date)) errors[`${spec.path}/measuredOn`] = "Enter a date as YYYY-MM-DD.";
  else if (date > today) errors[`${spec.path}/measuredOn`] = "The date measured cannot be in the future.";
  return { value, measuredOn: date };
}

/**
 * Checks the form and builds the API input, or returns a message per bad field.
 *
 * @example parseDraft({ ...EMPTY_DRAFT, weightKg: "-3" }, "2026-11-25").ok // false
 */
export function parseDraft(draft: PatientDraft, today: string): ParseResult {
  const errors: FieldErrors = {};
  const required = (path: string, value: string, message: string) => {
    if (!value.trim()) errors[path] = message;
    return value.trim();
  };
  const mrn = required("/mrn", draft.mrn, "Enter the medical record number (MRN).");
  const givenName = required("/givenName", draft.givenName, "Enter the given name.");
  const familyName = required("/familyName", draft.familyName, "Enter the family name.");
  const dateOfBirth = required("/dateOfBirth", draft.dateOfBirth, "Enter the date of birth.");
  if (dateOfBirth && !isDate(dateOfBirth)) errors["/dateOfBirth"] = "Enter the date of birth as YYYY-MM-DD.";
  else if (dateOfBirth > today) errors["/dateOfBirth"] = "The date of birth cannot be in the future.";

  const weight = parseMeasurement(
    draft.weightKg,
    draft.weightMeasuredOn,
    today,
    { path: "/weight", noun: "weight", unit: "kg", max: 500 },
    errors,
  );
  const height = parseMeasurement(
    draft.heightCm,
    draft.heightMeasuredOn,
    today,
    { path: "/height", noun: "height", unit: "cm", max: 280 },
    errors,
  );

  for (const [i, a] of draft.allergies.entries()) {
    required(`/allergies/${i}/substance`, a.substance, "Enter the substance.");
  }
  draft.conditions.forEach((c, i) => {
    required(`/conditions/${i}/code`, c.code, "Enter the condition code.");
    required(`/conditions/${i}/label`, c.label, "Enter the condition name.");
    const since = c.since.trim();
    if (since && !(isDate(since) || PARTIAL_DATE.test(since))) {
      errors[`/conditions/${i}/since`] = "Enter a year (YYYY), a month (YYYY-MM) or a date (YYYY-MM-DD).";
    }
  });
  for (const [i, m] of draft.medications.entries()) {
    required(`/medications/${i}/name`, m.name, "Enter the medication name.");
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      mrn,
      givenName,
      familyName,
      dateOfBirth,
      sex: draft.sex,
      weight: weight && { kg: weight.value, measuredOn: weight.measuredOn },
      height: height && { cm: height.value, measuredOn: height.measuredOn },
      allergies: draft.allergies.map((a) => ({
        substance: a.substance.trim(),
        reaction: optional(a.reaction),
      })),
      conditions: draft.conditions.map((c) => ({
        code: c.code.trim(),
        label: c.label.trim(),
        since: optional(c.since),
        controlled: c.controlled === "" ? undefined : c.controlled === "yes",
        notes: optional(c.notes),
      })),
      medications: draft.medications.map((m) => ({
        name: m.name.trim(),
        dose: optional(m.dose),
        frequency: optional(m.frequency),
      })),
    },
  };
}

const FIELDS = [
  "mrn",
  "givenName",
  "familyName",
  "dateOfBirth",
  "sex",
  "weight",
  "height",
  "allergies",
  "conditions",
  "medications",
] as const satisfies readonly (keyof PatientInput)[];

/** JSON with object keys sorted and undefined left out, so stored and edited values compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The fields that differ between the stored record and the edited one: the body of a correction.
 *
 * @example changedFields(before, { ...before, weight: { kg: 70, measuredOn: "2026-11-01" } }) // { weight: … }
 */
export function changedFields(before: PatientInput, after: PatientInput): Partial<PatientInput> {
  const changes: Partial<Record<keyof PatientInput, unknown>> = {};
  for (const field of FIELDS) {
    if (canonical(before[field]) !== canonical(after[field])) changes[field] = after[field] ?? null;
  }
  return changes as Partial<PatientInput>;
}

/** Whether two form values hold the same entries: fields compared by name, lists row by row. */
function sameEntries(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameEntries(x, b[i]));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => sameEntries(left[key], right[key]));
  }
  return a === b;
}

/**
 * Whether the form holds entries that differ from what it opened with: typing a value and then
 * restoring it is not a change, while an added row (even an empty one) is.
 */
export function draftChanged(opened: PatientDraft, now: PatientDraft): boolean {
  return !sameEntries(opened, now);
}
