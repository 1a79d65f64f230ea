import type { SideEffectId } from "../../catalogue/types";
import { type InteractionClassId, interactionClass } from "../../medications/classes";
import type { MedicationMatch } from "../../medications/lookup";
import { describeMedication, type ScreeningContext } from "../context";
import type { RuleHit, ScreeningRule, Severity } from "./types";

interface InteractionSpec {
  readonly id: string;
  readonly title: string;
  readonly classes: readonly InteractionClassId[];
  readonly severity: Severity;
  readonly whatToDo: string;
  readonly relatedSideEffects: readonly SideEffectId[];
  /** Turns the matching medicines into hits; by default one hit per medicine at the rule's severity. */
  readonly hits?: (meds: readonly MedicationMatch[], ctx: ScreeningContext) => RuleHit[];
  readonly alsoAs?: ScreeningRule["alsoAs"];
}

/** An interaction rule whose rationale, sources and evidence come from its classes in the class table. */
function interactionRule(spec: InteractionSpec): ScreeningRule {
  const classes = spec.classes.map(interactionClass);
  const names = classes.map((c) => c.label).join(" or ");
  return {
    id: spec.id,
    version: "1",
    title: spec.title,
    severity: spec.severity,
    alsoAs: spec.alsoAs,
    whenFires: `A medicine on the list resolves to an ingredient in: ${names}.`,
    rationale: classes.map((c) => c.basis).join(" "),
    whatToDo: spec.whatToDo,
    sources: [...new Set(classes.flatMap((c) => c.sources))],
    evidence: classes.some((c) => c.evidence === "practice-default") ? "practice-default" : "sourced",
    relatedSideEffects: spec.relatedSideEffects,
    evaluate: (ctx) => {
      const meds = ctx.medicationsIn(spec.classes);
      if (meds.length === 0) return [];
      return spec.hits
        ? spec.hits(meds, ctx)
        : meds.map((m) => ({ trigger: describeMedication(m, spec.classes) }));
    },
  };
}

const SEDATION: readonly SideEffectId[] = ["fatigue-sedation", "respiratory-depression"];
const PRESSOR: readonly SideEffectId[] = ["hypertension", "tachycardia"];

export const INTERACTION_RULES: readonly ScreeningRule[] = [
  interactionRule({
    id: "ix.benzodiazepine",
    title: "Benzodiazepine",
    classes: ["benzodiazepine"],
    severity: "caution",
    whatToDo:
      "Record the regular dose (as diazepam-equivalent); monitor sedation and SpO2; a PRN benzodiazepine may still be used as rescue for distress.",
    relatedSideEffects: SEDATION,
  }),
  interactionRule({
    id: "ix.opioid",
    title: "Opioid",
    classes: ["opioid"],
    severity: "caution",
    whatToDo:
      "Monitor breathing rate, SpO2 and sedation; consider a lower opioid dose after the infusion because needs often fall.",
    relatedSideEffects: SEDATION,
  }),
  interactionRule({
    id: "ix.cns-depressant",
    title: "Other CNS depressant",
    classes: ["cns-depressant"],
    severity: "caution",
    whatToDo:
      "Consider a lower ketamine dose; no alcohol for at least 24 hours before and after; monitor sedation and breathing.",
    relatedSideEffects: SEDATION,
  }),
  interactionRule({
    id: "ix.maoi",
    title: "MAO inhibitor",
    classes: ["maoi"],
    severity: "caution",
    whatToDo: "Close BP monitoring; consider holding the infusion and discuss with the prescriber.",
    relatedSideEffects: PRESSOR,
  }),
  interactionRule({
    id: "ix.sympathomimetic",
    title: "Stimulant or sympathomimetic",
    classes: ["sympathomimetic"],
    severity: "caution",
    whatToDo:
      "Monitor BP and heart rate closely and consider a dose adjustment; ask about recent illicit stimulant use.",
    relatedSideEffects: PRESSOR,
  }),
  interactionRule({
    id: "ix.thyroid-hormone",
    title: "Thyroid hormone",
    classes: ["thyroid-hormone"],
    severity: "caution",
    whatToDo: "Check thyroid status is stable; monitor BP and heart rate.",
    relatedSideEffects: PRESSOR,
  }),
  interactionRule({
    id: "ix.theophylline",
    title: "Theophylline or aminophylline",
    classes: ["theophylline"],
    severity: "contraindication",
    whatToDo:
      "Do not give together; discuss an alternative with the prescriber. If the physician still proceeds, record why and have a seizure plan ready.",
    relatedSideEffects: ["seizure"],
  }),
  interactionRule({
    id: "ix.antihypertensive",
    title: "Antihypertensive",
    classes: ["antihypertensive"],
    severity: "info",
    whatToDo: "Monitor BP for low readings as well as high ones; rise slowly after the infusion.",
    relatedSideEffects: ["dizziness"],
  }),
  interactionRule({
    id: "ix.cyp-inhibitor",
    title: "Inhibitor of ketamine metabolism (CYP3A4 or CYP2B6)",
    classes: ["cyp3a4-inhibitor", "cyp2b6-inhibitor"],
    severity: "caution",
    whatToDo: "Consider a lower dose and slower titration; watch for stronger or longer effects.",
    relatedSideEffects: ["dissociation", "fatigue-sedation"],
  }),
  interactionRule({
    id: "ix.cyp-inducer",
    title: "Inducer of ketamine metabolism",
    classes: ["cyp-inducer"],
    severity: "info",
    whatToDo: "Record it; the effect may be weaker. No IV dose change is recommended.",
    relatedSideEffects: [],
  }),
  interactionRule({
    id: "ix.lamotrigine",
    title: "Lamotrigine",
    classes: ["lamotrigine"],
    severity: "info",
    whatToDo: "Record it; dissociation may be milder. No dose change.",
    relatedSideEffects: ["dissociation"],
  }),
  interactionRule({
    id: "ix.memantine",
    title: "Memantine",
    classes: ["memantine"],
    severity: "caution",
    whatToDo: "Flag for clinician review; watch for stronger dissociation and confusion.",
    relatedSideEffects: ["dissociation", "confusion"],
  }),
  interactionRule({
    id: "ix.seizure-threshold",
    title: "Drug that lowers the seizure threshold",
    classes: ["seizure-threshold"],
    severity: "caution",
    alsoAs: [{ severity: "contraindication", when: "the patient also has a seizure disorder" }],
    whatToDo:
      "Flag for clinician review and have a seizure plan. With a seizure disorder: do not start unless the physician records why, after reviewing the drug with its prescriber.",
    relatedSideEffects: ["seizure"],
    hits: (meds, ctx) => {
      const seizures = ctx.has("seizure-disorder");
      return meds.map((m) => {
        const drug = describeMedication(m, ["seizure-threshold"]);
        return seizures
          ? { trigger: `${drug} + seizure disorder`, severity: "contraindication" }
          : { trigger: drug };
      });
    },
  }),
  interactionRule({
    id: "ix.ssri",
    title: "SSRI",
    classes: ["ssri"],
    severity: "info",
    whatToDo: "Monitor BP after the infusion as well as during it.",
    relatedSideEffects: ["hypertension"],
  }),
];

export const medicationUnchecked: ScreeningRule = {
  id: "med.unchecked",
  version: "1",
  title: "Medicine not checked for interactions",
  severity: "info",
  whenFires: "A medicine on the list does not match any name in the bundled dictionary.",
  rationale:
    "A full medication list is reviewed before an infusion is scheduled. Only medicines the dictionary recognises can be checked against the interaction classes. An unrecognised name was not checked at all; this finding does not mean it is safe.",
  whatToDo:
    "Check the medicine against the interaction list by hand, or correct the spelling and screen again.",
  sources: ["S102"],
  evidence: "practice-default",
  relatedSideEffects: [],
  evaluate: (ctx) =>
    ctx.medications
      .filter((m) => m.kind === "unmatched")
      .map((m) => ({ trigger: `${m.input.trim()}: not checked for interactions` })),
};

export const medicationReadAs: ScreeningRule = {
  id: "med.read-as",
  version: "1",
  title: "Medicine name read with a spelling correction",
  severity: "info",
  whenFires: "A medicine name matched a dictionary name only after correcting a one-letter slip.",
  rationale:
    "The interaction check used the corrected name. If the correction is wrong, the check is wrong, so the name should be confirmed with the patient or the prescription.",
  whatToDo: "Confirm the medicine with the patient or the prescription, then correct the record.",
  sources: ["S102"],
  evidence: "practice-default",
  relatedSideEffects: [],
  evaluate: (ctx) =>
    ctx.medications
      .filter((m): m is MedicationMatch => m.kind === "matched" && m.how === "spelling")
      .map((m) => ({ trigger: `${m.input.trim()} read as ${m.matchedName}` })),
};
