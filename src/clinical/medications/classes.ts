import type { Provenance } from "../provenance";

/** The interaction classes the screening rules check a medication list against. */
export const INTERACTION_CLASS_IDS = [
  "benzodiazepine",
  "opioid",
  "cns-depressant",
  "maoi",
  "sympathomimetic",
  "thyroid-hormone",
  "theophylline",
  "antihypertensive",
  "cyp3a4-inhibitor",
  "cyp2b6-inhibitor",
  "cyp-inducer",
  "lamotrigine",
  "memantine",
  "seizure-threshold",
  "ssri",
] as const;
export type InteractionClassId = (typeof INTERACTION_CLASS_IDS)[number];

export interface InteractionClass extends Provenance {
  readonly id: InteractionClassId;
  readonly label: string;
  /** Why the members belong together and what the cited sources say about them with ketamine. */
  readonly basis: string;
}

/** One row per class: what the sources say, and which of them say it. */
export const INTERACTION_CLASSES: readonly InteractionClass[] = [
  {
    id: "benzodiazepine",
    version: "1",
    label: "Benzodiazepines",
    basis:
      "Add to the sedation and breathing depression ketamine can cause and lengthen recovery. At higher regular doses (above about 8 mg diazepam-equivalent) they were linked with a weaker antidepressant response to ketamine; whether they blunt pain relief is not known.",
    sources: ["S27", "S28", "S33", "S34", "S30", "S147"],
    evidence: "sourced",
  },
  {
    id: "opioid",
    version: "1",
    label: "Opioids",
    basis:
      "Additive sedation and breathing depression with longer recovery; the label warns of profound sedation, respiratory depression, coma or death with CNS depressants. Opioid needs often fall after an infusion.",
    sources: ["S24", "S28", "S96", "S147"],
    evidence: "sourced",
  },
  {
    id: "cns-depressant",
    version: "1",
    label:
      "Other CNS depressants (alcohol, sedating antihistamines, phenothiazines, muscle relaxants, barbiturates, gabapentinoids, hypnotics)",
    basis:
      "Sedation and breathing depression add up. The sources name alcohol, phenothiazines, sedating antihistamines, muscle relaxants and barbiturates; gabapentinoids and sleep medicines are grouped here as other CNS depressants under the label's general warning.",
    sources: ["S27", "S28", "S63", "S147"],
    evidence: "sourced",
  },
  {
    id: "maoi",
    version: "1",
    label: "Monoamine oxidase inhibitors",
    basis:
      "Blood pressure can rise further (esketamine label). Rated a major interaction; screening flags it as a caution because the advice is close BP monitoring and considering holding, not avoidance.",
    sources: ["S19", "S100"],
    evidence: "sourced",
  },
  {
    id: "sympathomimetic",
    version: "1",
    label: "Psychostimulants and sympathomimetics (including vasopressin and ergometrine)",
    basis:
      "Stronger sympathomimetic effect: higher blood pressure and faster heart rate. Rated a major interaction; the current US label asks for close monitoring of vital signs and considering a dose adjustment rather than avoidance, so screening flags it as a caution.",
    sources: ["S19", "S100", "S22", "S28", "S147"],
    evidence: "sourced",
  },
  {
    id: "thyroid-hormone",
    version: "1",
    label: "Thyroid hormone",
    basis: "Higher risk of hypertension and tachycardia.",
    sources: ["S27", "S22"],
    evidence: "sourced",
  },
  {
    id: "theophylline",
    version: "1",
    label: "Theophylline and aminophylline",
    basis:
      "The seizure threshold drops in a clinically important way and unpredictable extensor-type seizures have occurred; the current US label says not to give them together.",
    sources: ["S27", "S22", "S147"],
    evidence: "sourced",
  },
  {
    id: "antihypertensive",
    version: "1",
    label: "Antihypertensives",
    basis: "More risk of low blood pressure.",
    sources: ["S27", "S22"],
    evidence: "sourced",
  },
  {
    id: "cyp3a4-inhibitor",
    version: "1",
    label: "CYP3A4 inhibitors",
    basis:
      "Ketamine is cleared mainly by CYP3A4 and CYP2B6. Clarithromycin raised oral S-ketamine peak 3.6-fold and exposure 2.6-fold, while itraconazole did not change it; the label says inhibitors may need a lower dose. The effect on an IV dose is expected to be smaller but is not measured. Other strong CYP3A4 inhibitors (ritonavir, azole antifungals, diltiazem, verapamil, grapefruit) are grouped here by pharmacology, not by a ketamine study.",
    sources: ["S36", "S35", "S27", "S28", "S41", "S30"],
    evidence: "sourced",
  },
  {
    id: "cyp2b6-inhibitor",
    version: "1",
    label: "CYP2B6 inhibitors",
    basis:
      "Ticlopidine raised oral S-ketamine exposure 2.4-fold. Clopidogrel, a related thienopyridine that also inhibits CYP2B6, is grouped here by pharmacology, not by a ketamine study.",
    sources: ["S35", "S41", "S30"],
    evidence: "sourced",
  },
  {
    id: "cyp-inducer",
    version: "1",
    label: "Enzyme inducers",
    basis:
      "Rifampicin cut oral S-ketamine exposure by 86% but IV exposure by only 14% (IV S-norketamine by 50%); St John's wort cut oral exposure by 58%; long-term barbiturates lowered steady-state levels in ICU infusions. Carbamazepine and phenytoin are grouped here as inducers by pharmacology, not by a ketamine study.",
    sources: ["S38", "S39", "S37", "S107"],
    evidence: "sourced",
  },
  {
    id: "lamotrigine",
    version: "1",
    label: "Lamotrigine",
    basis:
      "A 300 mg pre-dose reduced dissociation, positive and negative symptoms and memory effects in healthy volunteers (while raising mood elevation); this was not reproduced in depressed patients.",
    sources: ["S31", "S32"],
    evidence: "sourced",
  },
  {
    id: "memantine",
    version: "1",
    label: "Memantine",
    basis:
      "Both drugs block NMDA receptors, so added effects are expected; no interaction study was found. The cited source supports only ketamine's NMDA mechanism.",
    sources: ["S15"],
    evidence: "practice-default",
  },
  {
    id: "seizure-threshold",
    version: "1",
    label: "Seizure-threshold-lowering drugs (bupropion, tramadol)",
    basis:
      "An added seizure risk is plausible but no ketamine-specific data were found. The cited sources support only that ketamine can cause seizure-like movements and that another threshold-lowering drug (theophylline) has caused seizures with it.",
    sources: ["S25", "S27"],
    evidence: "practice-default",
  },
  {
    id: "ssri",
    version: "1",
    label: "Selective serotonin reuptake inhibitors",
    basis:
      "In IV ketamine for depression, people taking SSRIs had higher blood pressure peaks after the infusion (observational).",
    sources: ["S61"],
    evidence: "sourced",
  },
];

const byId = new Map(INTERACTION_CLASSES.map((c) => [c.id, c]));

/** The class table row for an id. Every id in INTERACTION_CLASS_IDS has a row (checked by test). */
export function interactionClass(id: InteractionClassId): InteractionClass {
  return byId.get(id)!;
}
