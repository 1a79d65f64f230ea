/**
 * The closed vocabulary of history items the screening rules read, with the words shown to clinicians.
 * A code with no rule attached (e.g. "depression") is still accepted: it is recorded and explains nothing away.
 */
export const CONDITIONS = {
  hypertension: "hypertension",
  "coronary-artery-disease": "coronary artery disease",
  "unstable-angina": "unstable angina or active chest pain",
  "recent-myocardial-infarction": "recent myocardial infarction",
  "heart-failure": "heart failure (stable)",
  "acute-heart-failure": "acute or decompensated heart failure",
  arrhythmia: "arrhythmia",
  aneurysm: "aneurysmal vascular disease",
  "arteriovenous-malformation": "arteriovenous malformation",
  stroke: "history of stroke",
  "intracranial-haemorrhage": "history of intracranial haemorrhage",
  "cerebral-trauma": "cerebral trauma",
  pregnancy: "pregnancy",
  "pre-eclampsia": "eclampsia or pre-eclampsia",
  breastfeeding: "breastfeeding",
  psychosis: "psychosis",
  schizophrenia: "schizophrenia",
  "bipolar-disorder": "bipolar disorder",
  "hepatic-impairment-moderate": "moderate hepatic impairment",
  "hepatic-impairment-severe": "severe hepatic impairment",
  "raised-icp": "raised intracranial pressure or intracranial mass",
  glaucoma: "glaucoma",
  "raised-iop": "raised intraocular pressure",
  "open-globe-injury": "open-globe eye injury",
  hyperthyroidism: "hyperthyroidism",
  porphyria: "porphyria",
  "substance-use-disorder-active": "active substance use disorder",
  "substance-use-disorder-remission": "substance use disorder in remission",
  "recreational-ketamine-use": "recreational ketamine use",
  "ketamine-cystitis": "ketamine-associated cystitis",
  "seizure-disorder": "seizure disorder",
  "ketamine-hypersensitivity": "hypersensitivity to ketamine or esketamine",
  "anxiety-disorder": "anxiety disorder",
  ptsd: "post-traumatic stress disorder",
  "dissociative-disorder": "dissociative disorder",
  "nausea-motion-sickness": "marked nausea or motion sickness",
  "obstructive-sleep-apnoea": "obstructive sleep apnoea",
  copd: "chronic obstructive pulmonary disease",
  depression: "depression",
} as const;
export type ConditionCode = keyof typeof CONDITIONS;
export const CONDITION_CODES = Object.keys(CONDITIONS) as ConditionCode[];

export type Sex = "female" | "male" | "other" | "unknown";

export const LAB_NAMES = [
  "ALT",
  "AST",
  "bilirubin",
  "ALP",
  "GGT",
  "pregnancy-test",
  "urinalysis",
  "ECG",
] as const;
export type LabName = (typeof LAB_NAMES)[number];

export interface LabResult {
  readonly name: LabName;
  /** A number with its unit, or a text result such as "negative" or "sinus rhythm". */
  readonly value: number | string;
  readonly unit: string;
  /** YYYY-MM-DD, or an ISO date-time whose date part is used. */
  readonly takenOn: string;
}

/** Pre-dose vital signs: mmHg, beats/min, %, breaths/min. Any may be missing. */
export interface Vitals {
  readonly sbp?: number;
  readonly dbp?: number;
  readonly hr?: number;
  readonly spo2?: number;
  readonly rr?: number;
}

export interface ScreeningInput {
  readonly patient: { readonly dateOfBirth: string; readonly sex: Sex };
  /** The moment of screening (ISO date-time); its date part is the calendar day used for ages and lab recency. */
  readonly asOf: string;
  readonly history: {
    readonly conditions: readonly ConditionCode[];
    /** For "hypertension": true when treated to target, false when not; absent when not recorded. */
    readonly hypertensionControlled?: boolean;
    /** For "hyperthyroidism": true when treated and euthyroid, false when not; absent when not recorded. */
    readonly hyperthyroidismTreated?: boolean;
  };
  /** Free-text names, resolved through the medication dictionary. */
  readonly medications: readonly { readonly name: string }[];
  readonly allergies: readonly { readonly substance: string }[];
  readonly vitals?: Vitals;
  readonly labs?: readonly LabResult[];
  readonly exposure?: { readonly priorInfusions: number; readonly lifetimeMg?: number };
  readonly plan?: { readonly repeated: boolean };
}
