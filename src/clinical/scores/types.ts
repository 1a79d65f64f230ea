import type { Evidence, ProducedBy, Provenance } from "../provenance";

/** One item of an instrument: scored as an integer from `min` to `max`. */
export interface ScoreItem {
  readonly id: string;
  /** What the item rates, in the project's own words (never the instrument's copyrighted wording). */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** What each score of the item means, lowest first, when the instrument defines anchors. */
  readonly anchors?: readonly string[];
}

/** A range of totals and what it means for the patient in the chair. */
export interface ScoreBand {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly meaning: string;
}

/** Pass rule of a discharge score: a minimum total and, optionally, items that must reach a minimum. */
export interface PassRule extends Provenance {
  readonly minTotal: number;
  readonly minItems?: Readonly<Record<string, number>>;
  readonly text: string;
}

export interface ScoreDefinition extends Provenance {
  readonly name: string;
  readonly purpose: string;
  readonly items: readonly ScoreItem[];
  readonly bands: readonly ScoreBand[];
  /** Whether the cut-offs between bands come from a source or are clinic-configurable practice defaults. */
  readonly bandsEvidence: Evidence;
  readonly pass?: PassRule;
  /** How this definition departs from the published instrument, when it does. */
  readonly adaptation?: string;
  readonly loinc?: string;
}

export interface ScoreResult extends ProducedBy {
  readonly scoreId: string;
  readonly items: Readonly<Record<string, number>>;
  readonly total: number;
  readonly band: ScoreBand;
  /** Present for scores with a pass rule (discharge scores). */
  readonly passed?: boolean;
  readonly passRuleId?: string;
}

/** A rejected item, named so the person entering the score can correct it. */
export interface ScoreProblem {
  readonly item: string;
  readonly message: string;
}

export type ScoreOutcome =
  | { readonly ok: true; readonly result: ScoreResult }
  | { readonly ok: false; readonly problems: readonly ScoreProblem[] };
