/**
 * Why a side effect matters more for this patient, in plain words: each screening rule that can make an effect
 * more likely, said as what the patient would recognise about themselves. Test and medicine-name findings
 * (`test.*`, `med.*`) say something is missing from the record, not that an effect is more likely, so they
 * are not used.
 */
import type { SideEffectId } from "../catalogue/types";

const SLEEPY = "You take a medicine that can make you sleepy.";
const PRESSURE = "You take a medicine that can raise your blood pressure.";
const FITS = "You take a medicine that can make fits more likely.";

/** By screening rule id: one sentence about the patient. */
export const PLAIN_REASONS: Readonly<Record<string, string>> = {
  "scr.hypersensitivity": "You have reacted badly to ketamine before.",
  "scr.hypertension-uncontrolled": "Your blood pressure is high.",
  "scr.hypertension-controlled": "You take medicine for high blood pressure.",
  "scr.vitals-unstable": "Your pulse, blood pressure or breathing were outside the usual range.",
  "scr.cardiovascular-disease": "You have a heart problem.",
  "scr.aneurysm-stroke-ich": "You have had a stroke, a bleed in the head or a weak blood vessel.",
  "scr.psychosis-history": "You have had a mental health illness that changed what you saw or believed.",
  "scr.hepatic-impairment": "Your liver does not work as well as it should.",
  "scr.raised-icp-iop": "You have raised pressure in your head or eyes.",
  "scr.hyperthyroidism": "You have an overactive thyroid.",
  "scr.porphyria": "You have porphyria.",
  "scr.substance-use": "You have had problems with drugs or alcohol.",
  "scr.ketamine-cystitis-history":
    "You have had bladder problems from ketamine, or used it outside a clinic.",
  "scr.seizure-disorder": "You have had fits.",
  "scr.age-extreme": "Your age is outside the usual range.",
  "scr.anxiety-history": "You have had anxiety, or stress after something scary.",
  "scr.nausea-history": "You feel sick easily, such as when you travel.",
  "scr.respiratory-disease": "You have a lung problem or trouble breathing in your sleep.",
  "ix.benzodiazepine": SLEEPY,
  "ix.opioid": SLEEPY,
  "ix.cns-depressant": SLEEPY,
  "ix.maoi": PRESSURE,
  "ix.sympathomimetic": PRESSURE,
  "ix.thyroid-hormone": PRESSURE,
  "ix.ssri": PRESSURE,
  "ix.theophylline": FITS,
  "ix.seizure-threshold": FITS,
  "ix.antihypertensive": "You take a medicine that lowers your blood pressure.",
  "ix.cyp-inhibitor": "You take a medicine that slows how fast your body clears ketamine.",
  "ix.lamotrigine": "You take lamotrigine, which can change how strong this feels.",
  "ix.memantine": "You take a medicine that works a bit like ketamine.",
};

export interface PersonalFinding {
  readonly ruleId: string;
  readonly relatedSideEffects: readonly SideEffectId[];
}

/** Whether a finding says something about the patient (rather than a missing test or an unread name). */
export const isPersonal = (f: Pick<PersonalFinding, "ruleId">): boolean => !/^(test|med)\./.test(f.ruleId);

/**
 * "Why this matters for you: …" for each side effect the findings make more relevant, in finding order.
 * A finding without a plain reason still marks its effects, with a general reason.
 */
export function whyForYou(findings: readonly PersonalFinding[]): Map<SideEffectId, string> {
  const reasons = new Map<SideEffectId, string[]>();
  for (const f of findings.filter(isPersonal))
    for (const id of f.relatedSideEffects) {
      const reason = PLAIN_REASONS[f.ruleId] ?? "Something in your health check points to it.";
      const list = reasons.get(id) ?? [];
      if (!list.includes(reason)) list.push(reason);
      reasons.set(id, list);
    }
  const result = new Map<SideEffectId, string>();
  for (const [id, list] of reasons) {
    const close =
      list.length === 1 ? "This makes it more likely for you." : "These make it more likely for you.";
    result.set(id, `Why this matters for you: ${list.join(" ")} ${close} We watch for it closely.`);
  }
  return result;
}
