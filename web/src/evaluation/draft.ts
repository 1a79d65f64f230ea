/**
 * The evaluation form's state: strings as typed, turned into {@link EvaluationContent} with per-field
 * messages keyed by the JSON pointers the API uses (under `/content`), and into the screening input the
 * pure core reads for live findings while the form is still incomplete.
 */
import type { ConditionCode, LabName, ScreeningInput } from "../../../src/clinical/screening/input";
import type { EvaluationContent, EvaluationLab, Indication, Patient, TreatmentEffect } from "../api/types";

export interface LabDraft {
  name: LabName;
  value: string;
  unit: string;
  takenOn: string;
}

export interface EvaluationDraft {
  indication: Indication;
  otherText: string;
  depression: boolean;
  anxiety: boolean;
  painNow: string;
  painAverage: string;
  painWorst: string;
  previousTreatments: { name: string; effect: TreatmentEffect; notes: string }[];
  conditions: ConditionCode[];
  /** "" when not stated. */
  hypertensionControlled: "" | "yes" | "no";
  hyperthyroidismTreated: "" | "yes" | "no";
  psychiatricNotes: string;
  substanceUseNotes: string;
  medications: { name: string; dose: string; frequency: string }[];
  allergies: { substance: string; reaction: string }[];
  hr: string;
  sbp: string;
  dbp: string;
  spo2: string;
  rr: string;
  weightKg: string;
  heightCm: string;
  labs: LabDraft[];
  priorInfusions: string;
  lifetimeMg: string;
}

export type FieldErrors = Record<string, string>;

export type ParseResult = { ok: true; content: EvaluationContent } | { ok: false; errors: FieldErrors };

/** The unit each pre-infusion test is usually reported in ("" for a text result). */
export const LAB_UNITS: Record<LabName, string> = {
  ALT: "U/L",
  AST: "U/L",
  bilirubin: "µmol/L",
  ALP: "U/L",
  GGT: "U/L",
  "pregnancy-test": "",
  urinalysis: "",
  ECG: "",
};

const yesNo = (value: boolean | undefined): "" | "yes" | "no" =>
  value === undefined ? "" : value ? "yes" : "no";
const text = (value: number | undefined): string => (value === undefined ? "" : String(value));

/** A new evaluation, starting from what the patient record already holds. */
export function draftFromPatient(patient: Patient): EvaluationDraft {
  return {
    indication: "crps",
    otherText: "",
    depression: false,
    anxiety: false,
    painNow: "",
    painAverage: "",
    painWorst: "",
    previousTreatments: [],
    conditions: [],
    hypertensionControlled: "",
    hyperthyroidismTreated: "",
    psychiatricNotes: "",
    substanceUseNotes: "",
    medications: patient.medications.map((m) => ({
      name: m.name,
      dose: m.dose ?? "",
      frequency: m.frequency ?? "",
    })),
    allergies: patient.allergies.map((a) => ({ substance: a.substance, reaction: a.reaction ?? "" })),
    hr: "",
    sbp: "",
    dbp: "",
    spo2: "",
    rr: "",
    weightKg: text(patient.weight?.kg),
    heightCm: text(patient.height?.cm),
    labs: [],
    priorInfusions: "0",
    lifetimeMg: "0",
  };
}

/** The form state for an earlier version, to amend a draft or re-evaluate a signed one. */
export function draftFromContent(c: EvaluationContent): EvaluationDraft {
  return {
    indication: c.indication.primary,
    otherText: c.indication.otherText ?? "",
    depression: c.indication.depression,
    anxiety: c.indication.anxiety,
    painNow: String(c.pain.now),
    painAverage: String(c.pain.average),
    painWorst: String(c.pain.worst),
    previousTreatments: c.previousTreatments.map((t) => ({ ...t, notes: t.notes ?? "" })),
    conditions: c.conditions as ConditionCode[],
    hypertensionControlled: yesNo(c.hypertensionControlled),
    hyperthyroidismTreated: yesNo(c.hyperthyroidismTreated),
    psychiatricNotes: c.psychiatricNotes ?? "",
    substanceUseNotes: c.substanceUseNotes ?? "",
    medications: c.medications.map((m) => ({
      name: m.name,
      dose: m.dose ?? "",
      frequency: m.frequency ?? "",
    })),
    allergies: c.allergies.map((a) => ({ substance: a.substance, reaction: a.reaction ?? "" })),
    hr: String(c.vitals.hr),
    sbp: String(c.vitals.sbp),
    dbp: String(c.vitals.dbp),
    spo2: String(c.vitals.spo2),
    rr: String(c.vitals.rr),
    weightKg: String(c.vitals.weightKg),
    heightCm: String(c.vitals.heightCm),
    labs: c.labs.map((l) => ({
      name: l.name as LabName,
      value: String(l.value),
      unit: l.unit,
      takenOn: l.takenOn,
    })),
    priorInfusions: String(c.exposure.priorInfusions),
    lifetimeMg: String(c.exposure.lifetimeMg),
  };
}

/** A typed number, or undefined when blank or not a number (a comma is read as a decimal point). */
export function readNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(",", ".");
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

const optional = (value: string): string | undefined => value.trim() || undefined;
const flag = (value: "" | "yes" | "no"): boolean | undefined => (value === "" ? undefined : value === "yes");

interface Range {
  path: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  integer?: boolean;
}

const RANGES = {
  painNow: { path: "/pain/now", label: "Pain now", unit: "/10", min: 0, max: 10, integer: true },
  painAverage: { path: "/pain/average", label: "Average pain", unit: "/10", min: 0, max: 10, integer: true },
  painWorst: { path: "/pain/worst", label: "Worst pain", unit: "/10", min: 0, max: 10, integer: true },
  hr: { path: "/vitals/hr", label: "Heart rate", unit: "beats/min", min: 20, max: 250 },
  sbp: { path: "/vitals/sbp", label: "Systolic pressure", unit: "mmHg", min: 50, max: 300 },
  dbp: { path: "/vitals/dbp", label: "Diastolic pressure", unit: "mmHg", min: 20, max: 200 },
  spo2: { path: "/vitals/spo2", label: "SpO2", unit: "%", min: 50, max: 100 },
  rr: { path: "/vitals/rr", label: "Respiratory rate", unit: "breaths/min", min: 4, max: 60 },
  weightKg: { path: "/vitals/weightKg", label: "Weight", unit: "kg", min: 20, max: 350 },
  heightCm: { path: "/vitals/heightCm", label: "Height", unit: "cm", min: 100, max: 250 },
  priorInfusions: {
    path: "/exposure/priorInfusions",
    label: "Earlier infusions",
    unit: "",
    min: 0,
    max: 1000,
    integer: true,
  },
  lifetimeMg: {
    path: "/exposure/lifetimeMg",
    label: "Lifetime ketamine",
    unit: "mg",
    min: 0,
    max: 1_000_000,
  },
} as const satisfies Record<string, Range>;

type RangedField = keyof typeof RANGES;

/** Where each form field's message is shown, by the API's JSON pointer. */
export const FIELD_PATHS: Record<RangedField, string> = Object.fromEntries(
  Object.entries(RANGES).map(([key, range]) => [key, range.path]),
) as Record<RangedField, string>;

function readRanged(draft: EvaluationDraft, field: RangedField, errors: FieldErrors): number {
  const range: Range = RANGES[field];
  const value = readNumber(draft[field]);
  const unit = range.unit ? ` ${range.unit}` : "";
  if (draft[field].trim() === "") errors[range.path] = `${range.label} is required`;
  else if (value === undefined) errors[range.path] = `${range.label} must be a number`;
  else if (value < range.min || value > range.max || (range.integer && !Number.isInteger(value)))
    errors[range.path] =
      `${range.label} must be ${range.integer ? "a whole number " : ""}from ${range.min} to ${range.max}${unit}`;
  return value ?? 0;
}

function parseLab(lab: LabDraft, index: number, today: string, errors: FieldErrors): EvaluationLab {
  const path = `/labs/${index}`;
  const numeric = readNumber(lab.value);
  if (!lab.value.trim()) errors[`${path}/value`] = "Enter the result";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lab.takenOn))
    errors[`${path}/takenOn`] = "Enter the date the test was taken";
  else if (lab.takenOn > today) errors[`${path}/takenOn`] = "A test result cannot be dated in the future";
  return {
    name: lab.name,
    value: numeric ?? lab.value.trim(),
    unit: lab.unit.trim(),
    takenOn: lab.takenOn,
  };
}

/**
 * Checks the whole form and builds the content to save; every impossible value gets a message on its
 * field (NRS above 10, systolic not above diastolic, a test dated after `today`, …).
 *
 * @example parseDraft(draft, "2026-11-25", "2026-11-25T10:00:00Z") // { ok: false, errors: { "/pain/now": "…" } }
 */
export function parseDraft(draft: EvaluationDraft, today: string, measuredAt: string): ParseResult {
  const errors: FieldErrors = {};
  const n = (field: RangedField) => readRanged(draft, field, errors);
  const pain = { now: n("painNow"), average: n("painAverage"), worst: n("painWorst") };
  const vitals = {
    hr: n("hr"),
    sbp: n("sbp"),
    dbp: n("dbp"),
    spo2: n("spo2"),
    rr: n("rr"),
    weightKg: n("weightKg"),
    heightCm: n("heightCm"),
    measuredAt,
  };
  if (!errors["/vitals/sbp"] && !errors["/vitals/dbp"] && vitals.sbp <= vitals.dbp)
    errors["/vitals/sbp"] = "Systolic pressure must be above the diastolic pressure";
  if (draft.indication === "other" && !draft.otherText.trim())
    errors["/indication/otherText"] = "Describe the indication";
  draft.previousTreatments.forEach((t, i) => {
    if (!t.name.trim()) errors[`/previousTreatments/${i}/name`] = "Name the treatment or remove the row";
  });
  draft.medications.forEach((m, i) => {
    if (!m.name.trim()) errors[`/medications/${i}/name`] = "Name the medication or remove the row";
  });
  draft.allergies.forEach((a, i) => {
    if (!a.substance.trim()) errors[`/allergies/${i}/substance`] = "Name the substance or remove the row";
  });
  const labs = draft.labs.map((lab, i) => parseLab(lab, i, today, errors));
  const exposure = { priorInfusions: n("priorInfusions"), lifetimeMg: n("lifetimeMg") };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    content: {
      indication: {
        primary: draft.indication,
        otherText: draft.indication === "other" ? draft.otherText.trim() : undefined,
        depression: draft.depression,
        anxiety: draft.anxiety,
      },
      pain,
      previousTreatments: draft.previousTreatments.map((t) => ({
        name: t.name.trim(),
        effect: t.effect,
        notes: optional(t.notes),
      })),
      conditions: draft.conditions,
      hypertensionControlled: draft.conditions.includes("hypertension")
        ? flag(draft.hypertensionControlled)
        : undefined,
      hyperthyroidismTreated: draft.conditions.includes("hyperthyroidism")
        ? flag(draft.hyperthyroidismTreated)
        : undefined,
      psychiatricNotes: optional(draft.psychiatricNotes),
      substanceUseNotes: optional(draft.substanceUseNotes),
      medications: draft.medications.map((m) => ({
        name: m.name.trim(),
        dose: optional(m.dose),
        frequency: optional(m.frequency),
      })),
      allergies: draft.allergies.map((a) => ({
        substance: a.substance.trim(),
        reaction: optional(a.reaction),
      })),
      vitals,
      labs,
      exposure,
    },
  };
}

/**
 * What the screening rules read from the form as it stands, blanks left out, so findings can follow
 * the form while it is being filled. Co-existing depression and anxiety count as history items.
 */
export function screeningInput(
  draft: EvaluationDraft,
  patient: Pick<Patient, "dateOfBirth" | "sex">,
  asOf: string,
): ScreeningInput {
  const conditions = new Set<ConditionCode>(draft.conditions);
  if (draft.depression) conditions.add("depression");
  if (draft.anxiety) conditions.add("anxiety-disorder");
  const labs = draft.labs.flatMap((lab) =>
    lab.value.trim() && lab.takenOn
      ? [
          {
            name: lab.name,
            value: readNumber(lab.value) ?? lab.value.trim(),
            unit: lab.unit,
            takenOn: lab.takenOn,
          },
        ]
      : [],
  );
  return {
    patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
    asOf,
    history: {
      conditions: [...conditions],
      hypertensionControlled: flag(draft.hypertensionControlled),
      hyperthyroidismTreated: flag(draft.hyperthyroidismTreated),
    },
    medications: draft.medications.filter((m) => m.name.trim()).map((m) => ({ name: m.name })),
    allergies: draft.allergies.filter((a) => a.substance.trim()).map((a) => ({ substance: a.substance })),
    vitals: {
      sbp: readNumber(draft.sbp),
      dbp: readNumber(draft.dbp),
      hr: readNumber(draft.hr),
      spo2: readNumber(draft.spo2),
      rr: readNumber(draft.rr),
    },
    labs,
    exposure: {
      priorInfusions: readNumber(draft.priorInfusions) ?? 0,
      lifetimeMg: readNumber(draft.lifetimeMg) ?? 0,
    },
  };
}
