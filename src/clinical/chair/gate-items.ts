/**
 * What must be confirmed before an infusion starts, as data with provenance. `gate.ts` decides from the
 * chart which are required and met.
 */
import type { Provenance } from "../provenance";
import type { GateItem } from "./entries";

export type GateItemId = GateItem | "evaluation-signed" | "baseline-vitals";

export interface GateItemDefinition extends Provenance {
  readonly item: GateItemId;
  readonly label: string;
  readonly rationale: string;
  /** Whether "not applicable" (with a note) may satisfy it. */
  readonly mayBeNotApplicable: boolean;
}

const item = (
  gateItem: GateItemId,
  label: string,
  sources: readonly string[],
  evidence: Provenance["evidence"],
  rationale: string,
  mayBeNotApplicable = false,
): GateItemDefinition => ({
  id: `chair.gate.${gateItem}`,
  version: "1.0.0",
  sources,
  evidence,
  item: gateItem,
  label,
  rationale,
  mayBeNotApplicable,
});

export const GATE_DEFINITIONS: readonly GateItemDefinition[] = [
  item(
    "evaluation-signed",
    "Signed evaluation with a go decision",
    ["S130"],
    "practice-default",
    "The guideline lists the pre-infusion assessment; the clinic requires it signed before any infusion.",
  ),
  item(
    "identity",
    "Patient identity checked",
    ["S65"],
    "practice-default",
    "The nursing guideline's pre-infusion checks; confirming identity against the plan is standard practice.",
  ),
  item(
    "plan",
    "Approved plan matches the pump programme",
    ["S65", "S130"],
    "practice-default",
    "Rate and dose are checked against the approved plan before the pump starts.",
  ),
  item(
    "consent",
    "Consent recorded",
    ["S65", "S130"],
    "practice-default",
    "Consent is confirmed before dosing.",
  ),
  item(
    "fasting",
    "Fasting as instructed",
    ["S23", "S147"],
    "practice-default",
    "The labels warn of vomiting and aspiration; fasting before sub-anaesthetic infusions is a practice default.",
  ),
  item(
    "escort",
    "A responsible adult will take the patient home",
    ["S23", "S22-c"],
    "sourced",
    "The labels ask that the patient go home with a responsible adult.",
  ),
  item(
    "no-driving",
    "Patient agrees not to drive or use machinery until the next day",
    ["S22-c", "S23"],
    "sourced",
    "The labels advise against driving or using machinery for at least 24 hours.",
  ),
  item(
    "medications-reviewed",
    "Today's medicines reviewed",
    ["S130", "S65"],
    "practice-default",
    "Sedatives and interacting medicines taken since the evaluation change the risk of the session.",
  ),
  item(
    "pregnancy-test",
    "Pregnancy test negative (when of childbearing age)",
    ["S21", "S130", "S147"],
    "practice-default",
    "Required for a woman of childbearing age (age limits from the screening thresholds), and when sex or age is unknown; not applicable needs a note such as post-menopausal.",
    true,
  ),
  item(
    "baseline-vitals",
    "Baseline vital signs within the pre-dose limits",
    ["S18", "S65", "S22"],
    "sourced",
    "A full set of vital signs before the start sets the baseline; blood pressure above the label's limits, or unstable vital signs, block the start.",
  ),
];

const byItem = new Map(GATE_DEFINITIONS.map((d) => [d.item, d]));

export function gateDefinition(gateItem: GateItemId): GateItemDefinition {
  return byItem.get(gateItem)!;
}
