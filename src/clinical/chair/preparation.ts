/**
 * How a patient gets ready for an infusion and the day after it, in plain words: shown in the portal before
 * each infusion. Figures from the sources (the next day after sleep, a responsible adult) carry over.
 */
import type { Provenance } from "../provenance";

export interface PreparationItem extends Provenance {
  readonly text: string;
}

const item = (
  key: string,
  sources: readonly string[],
  evidence: Provenance["evidence"],
  text: string,
): PreparationItem => ({ id: `chair.prepare.${key}`, version: "1.0.0", sources, evidence, text });

export const PREPARATION: readonly PreparationItem[] = [
  item(
    "eating",
    ["S130"],
    "practice-default",
    "The clinic will tell you when to stop eating and drinking. Please do as it says.",
  ),
  item(
    "escort",
    ["S23", "S22-c"],
    "sourced",
    "Bring an adult who can take you home. You cannot leave alone after the infusion.",
  ),
  item(
    "driving",
    ["S18", "S22-c"],
    "sourced",
    "Do not drive, cycle or use machines until the next day, after a night's sleep.",
  ),
  item(
    "medicines",
    ["S130"],
    "practice-default",
    "Bring a list of your medicines, and tell the nurse about any new ones since your last visit.",
  ),
  item(
    "alcohol",
    ["S63"],
    "sourced",
    "Do not drink alcohol or take sleeping pills on the day of the infusion.",
  ),
  item(
    "standing",
    ["S64"],
    "sourced",
    "Stand up slowly after the drip. You may feel dizzy or shaky for a few hours.",
  ),
];
