/**
 * What a patient can do at home about a mild symptom after an infusion, in plain words. The catalogue's
 * patient text says what happens at the chair; this says what to do once home.
 */
import type { SideEffectId } from "../catalogue/types";
import type { Provenance } from "../provenance";

export interface HomeCare extends Provenance {
  readonly sideEffectId: SideEffectId;
  readonly text: string;
}

const care = (
  sideEffectId: SideEffectId,
  evidence: Provenance["evidence"],
  sources: readonly string[],
  text: string,
): HomeCare => ({
  id: `fu.home-care.${sideEffectId}`,
  version: "1.0.0",
  sources,
  evidence,
  sideEffectId,
  text,
});

export const HOME_CARE: readonly HomeCare[] = [
  care(
    "dizziness",
    "sourced",
    ["S64", "S18"],
    "Sit or lie down when you feel dizzy. Get up slowly and hold on to something firm. Do not drive until it has gone.",
  ),
  care(
    "nausea",
    "practice-default",
    ["S25"],
    "Eat small, plain meals and sip water often. Rest until it passes. It is not usually bad and should fade in a day.",
  ),
  care(
    "vomiting",
    "practice-default",
    ["S132"],
    "Take small sips of water often so you do not dry out. Call the clinic if you cannot keep any drinks down.",
  ),
  care(
    "anxiety",
    "practice-default",
    ["S64"],
    "Sit somewhere calm and quiet and breathe slowly. It can help to talk with someone you trust. These feelings often fade within a day.",
  ),
  care(
    "fatigue-sedation",
    "sourced",
    ["S63", "S23"],
    "Rest, and sleep if you need to. Do not drink alcohol or take pills that make you sleepy, unless your doctor says you can.",
  ),
  care(
    "visual-disturbance",
    "sourced",
    ["S18"],
    "Rest your eyes. Do not drive or use tools or machines until you can see clearly again.",
  ),
  care(
    "headache",
    "practice-default",
    ["S60"],
    "Rest in a quiet, dim room and drink some water. You can take a pain pill you have used before, as the label says.",
  ),
  care(
    "ketamine-cystitis",
    "practice-default",
    ["S56", "S55"],
    "Drink water through the day. Cut down on tea, coffee and alcohol, which can upset the bladder. We will ask about your bladder at your next visit.",
  ),
  care(
    "confusion",
    "sourced",
    ["S63"],
    "Rest at home with an adult close by. Do not drive or make big choices until your mind is clear. Call the clinic if you still feel mixed up a day after the drip.",
  ),
  care(
    "dissociation",
    "practice-default",
    ["S18"],
    "Rest somewhere quiet and safe with an adult close by. These strange feelings most often fade within a few hours.",
  ),
];

const bySideEffect = new Map(HOME_CARE.map((c) => [c.sideEffectId, c]));

/** The home advice for a side effect, if the follow-up has any. */
export const homeCareFor = (id: SideEffectId): HomeCare | undefined => bySideEffect.get(id);
