import { anaphylaxis } from "./entries/anaphylaxis";
import { agitation, anxiety } from "./entries/anxiety-agitation";
import { hypertension, tachycardia } from "./entries/cardiovascular";
import { confusion } from "./entries/confusion";
import { alteredPerception, dissociation } from "./entries/dissociation-perception";
import { dizziness } from "./entries/dizziness";
import { fatigueSedation } from "./entries/fatigue-sedation";
import { headache } from "./entries/headache";
import { hypersalivation } from "./entries/hypersalivation";
import { ketamineCystitis } from "./entries/ketamine-cystitis";
import { liverInjury } from "./entries/liver-injury";
import { nausea, vomiting } from "./entries/nausea-vomiting";
import { psychoticSymptoms } from "./entries/psychotic-symptoms";
import { respiratoryDepression } from "./entries/respiratory-depression";
import { seizure } from "./entries/seizure";
import { visualDisturbance } from "./entries/visual-disturbance";
import type { Grade, ManagementBand, SideEffectEntry, SideEffectId, Tier } from "./types";

/**
 * Keyed by id so the compiler refuses a catalogue that misses a side effect. Key order is the seed article's
 * order (common, less common, rare; within a tier as the article lists them), with the effects the article does
 * not name placed at the end of the tier their incidence puts them in.
 */
const ENTRIES: Readonly<Record<SideEffectId, SideEffectEntry>> = {
  dizziness,
  nausea,
  vomiting,
  dissociation,
  "altered-perception": alteredPerception,
  tachycardia,
  hypertension,
  headache,
  anxiety,
  agitation,
  confusion,
  "visual-disturbance": visualDisturbance,
  "fatigue-sedation": fatigueSedation,
  hypersalivation,
  "psychotic-symptoms": psychoticSymptoms,
  "ketamine-cystitis": ketamineCystitis,
  anaphylaxis,
  seizure,
  "respiratory-depression": respiratoryDepression,
  "liver-injury": liverInjury,
};

/** Every side effect the knowledge base knows, in the seed article's order. */
export const CATALOGUE: readonly SideEffectEntry[] = Object.values(ENTRIES);

/**
 * The catalogue entry for a side effect.
 * @example sideEffect("nausea").plainName // "Feeling sick"
 */
export function sideEffect(id: SideEffectId): SideEffectEntry {
  return ENTRIES[id];
}

/**
 * The management band that covers a grade of a side effect.
 * Throws a RangeError for a grade the effect's grading scale does not define (e.g. anaphylaxis grade 1).
 * @example managementFor("hypertension", 4).action // "emergency"
 */
export function managementFor(id: SideEffectId, grade: Grade): ManagementBand {
  const entry = ENTRIES[id];
  const band = entry.management.find((b) => b.grades.includes(grade));
  if (band === undefined || entry.grading.grades[grade] === undefined) {
    throw new RangeError(`${id}: CTCAE term "${entry.grading.term}" has no grade ${grade}`);
  }
  return band;
}

/**
 * Whether a grade of a side effect is an emergency: a high-priority alert and the emergency steps.
 * @example isRedFlag("seizure", 1) // true
 */
export function isRedFlag(id: SideEffectId, grade: Grade): boolean {
  const from = ENTRIES[id].redFlagFromGrade;
  return from !== null && grade >= from;
}

/**
 * The entries of one tier, in the order the seed article lists them.
 * @example byTier("rare").map((e) => e.id)[0] // "psychotic-symptoms"
 */
export function byTier(tier: Tier): readonly SideEffectEntry[] {
  return CATALOGUE.filter((entry) => entry.tier === tier);
}
