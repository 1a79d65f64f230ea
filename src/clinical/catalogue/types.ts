import type { Evidence, Provenance } from "../provenance";

/** The side effects the knowledge base knows. The seed article's effects plus what the clinical sources add. */
export const SIDE_EFFECT_IDS = [
  "dizziness",
  "nausea",
  "vomiting",
  "dissociation",
  "altered-perception",
  "hypertension",
  "tachycardia",
  "anxiety",
  "agitation",
  "confusion",
  "visual-disturbance",
  "fatigue-sedation",
  "psychotic-symptoms",
  "ketamine-cystitis",
  "anaphylaxis",
  "seizure",
  "respiratory-depression",
  "headache",
  "hypersalivation",
  "liver-injury",
] as const;
export type SideEffectId = (typeof SIDE_EFFECT_IDS)[number];

/** How the seed article groups side effects; entries it does not name are placed by incidence. */
export type Tier = "common" | "less-common" | "rare";

export type Grade = 1 | 2 | 3 | 4 | 5;

export type OnsetWindow = "during-infusion" | "within-hours" | "within-days" | "repeated-use";

/** What the monitoring rules and the chair screen recommend doing with the infusion. */
export type InfusionAction = "continue" | "slow" | "pause" | "stop" | "emergency";

export interface Cited {
  readonly sources: readonly string[];
  readonly evidence: Evidence;
}

export interface Incidence extends Cited {
  /** Percent of patients, when a source gives a figure. */
  readonly lowPercent?: number;
  readonly highPercent?: number;
  readonly text: string;
}

export interface DrugOption {
  readonly drug: string;
  /** Typical dose as written on a chart, e.g. "4 mg" or "0.03 mg/kg"; units always stated. */
  readonly dose: string;
  readonly route: "IV" | "PO" | "IM" | "SL" | "inhaled" | "IN" | "SC";
}

export interface ManagementStep extends Cited {
  readonly kind: "non-drug" | "drug" | "infusion" | "escalation";
  readonly text: string;
  readonly drug?: DrugOption;
}

/** Steps for a band of grades: non-drug steps first, then drug options, then escalation. */
export interface ManagementBand {
  readonly grades: readonly Grade[];
  readonly action: InfusionAction;
  readonly steps: readonly ManagementStep[];
}

export interface RedFlag extends Cited {
  readonly text: string;
  readonly action: "stop" | "emergency" | "extend-monitoring" | "medical-review";
}

export interface GradingScale {
  readonly system: "CTCAE";
  readonly systemVersion: "5.0";
  readonly term: string;
  /** Grade descriptions in the project's own words; absent grades do not exist for this term. */
  readonly grades: Partial<Record<Grade, string>>;
  readonly sources: readonly string[];
}

export interface Code {
  readonly system: "SNOMED CT" | "MedDRA" | "CTCAE" | "LOINC";
  readonly code: string;
  readonly display: string;
  /** False where the fact sheet marks the code UNCONFIRMED. */
  readonly verified: boolean;
  /** Where the code was confirmed (registry ids), when it was. */
  readonly sources?: readonly string[];
}

export interface PatientText {
  readonly name: string;
  readonly whatItFeelsLike: string;
  readonly whyItHappens: string;
  readonly whatWeDo: string;
  readonly tellUsAtOnce: string;
}

export interface SideEffectEntry extends Provenance {
  readonly id: SideEffectId;
  readonly clinicalName: string;
  readonly plainName: string;
  readonly tier: Tier;
  readonly incidence: Incidence;
  readonly onset: readonly OnsetWindow[];
  readonly onsetText: string;
  readonly mechanism: { readonly plain: string; readonly clinical: string } & Cited;
  /** Risk factors, linked to the screening rules that detect them. */
  readonly riskFactors: readonly { readonly text: string; readonly screeningRuleIds: readonly string[] }[];
  readonly recognition: { readonly signs: readonly string[]; readonly criterion?: string };
  readonly grading: GradingScale;
  readonly management: readonly ManagementBand[];
  readonly redFlags: readonly RedFlag[];
  /** Grades at or above which the effect is an emergency: a high-priority alert and the emergency steps. */
  readonly redFlagFromGrade: Grade | null;
  readonly patient: PatientText;
  readonly contraindicatesFurtherInfusions: "no" | "review" | "yes";
  readonly codes: readonly Code[];
}
