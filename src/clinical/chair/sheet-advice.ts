/**
 * What the discharge sheet tells every patient, in plain words, with where each piece of advice comes from.
 * The home red flags are the catalogue's emergencies, said as what the patient would notice at home.
 */
import { sideEffect } from "../catalogue";
import type { SideEffectId } from "../catalogue/types";
import type { Provenance } from "../provenance";

export interface SheetAdvice extends Provenance {
  readonly text: string;
}

const advice = (
  id: string,
  sources: readonly string[],
  evidence: Provenance["evidence"],
  text: string,
): SheetAdvice => ({
  id: `chair.sheet.${id}`,
  version: "1.0.0",
  sources,
  evidence,
  text,
});

export const SAFETY_ADVICE: readonly SheetAdvice[] = [
  advice(
    "no-driving",
    ["S22-c", "S23"],
    "sourced",
    "Do not drive, ride a bike or use tools or machines until the next day, after a night's sleep.",
  ),
  advice("no-alcohol", ["S23", "S147"], "sourced", "Do not drink alcohol until the next day."),
  advice(
    "no-sedatives",
    ["S23", "S147"],
    "sourced",
    "Do not take sleeping pills or other medicines that make you sleepy, unless your doctor says you can.",
  ),
  advice("adult-home", ["S23", "S22-c"], "sourced", "Go home with an adult who can help you."),
];

/** Signs at home that need help at once, each tied to the catalogue entry it comes from. */
const HOME_RED_FLAGS: readonly (readonly [SideEffectId, string])[] = [
  ["respiratory-depression", "Your breathing is slow or weak, or no one can wake you."],
  ["hypertension", "You get chest pain, a sudden very bad headache, or trouble seeing."],
  ["hypertension", "Your face, arm or leg goes weak or numb, or your speech changes."],
  ["seizure", "You have a fit."],
  ["psychotic-symptoms", "You see or hear things that scare you, or have thoughts of hurting anyone."],
  ["anaphylaxis", "Your lips, face or throat swell, or you find it hard to breathe."],
  ["ketamine-cystitis", "You see blood in your urine, or you cannot pass urine."],
];

export const RED_FLAG_ADVICE: readonly SheetAdvice[] = HOME_RED_FLAGS.map(([id, text], i) => {
  const entry = sideEffect(id);
  return advice(`red-flag.${i + 1}.${id}`, entry.sources, entry.evidence, text);
});
