import type { ManagementStep } from "../types";
import { confirmedCode, defineEntry, practiceDefault, sourced } from "./shared";

const FALL_PRECAUTIONS: ManagementStep = {
  kind: "non-drug",
  text: "Keep the patient seated or lying down; rise slowly and only with help; fall precautions until steady.",
  ...sourced("S64"),
};

/** Higher dose and rate raise the risk, so a lower rate is the lever; no source sets the size of the cut. */
const REDUCE_RATE: ManagementStep = {
  kind: "infusion",
  text: "Reduce the infusion rate if dizziness persists.",
  ...practiceDefault("S28"),
};

export const dizziness = defineEntry({
  id: "dizziness",
  clinicalName: "Dizziness / vertigo",
  plainName: "Feeling dizzy or unsteady",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 23,
    highPercent: 29,
    text: "Esketamine label table: dizziness 29% vs 8% on placebo, vertigo 23% vs 3%. Among the most common effects of IV ketamine in depression studies.",
    ...sourced("S20", "S60"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText:
    "During dosing or just after it; in most patients it settles within the observation period (esketamine sessions are monitored for 2 h).",
  mechanism: {
    plain: "Ketamine changes how the brain combines signals from the balance organs, the eyes and the body.",
    clinical:
      "NMDA-receptor blockade alters vestibular and sensory integration; an orthostatic component is plausible. The mechanism detail is unconfirmed.",
    ...practiceDefault("S15"),
  },
  riskFactors: [
    { text: "Higher dose or faster infusion rate", screeningRuleIds: [] },
    {
      text: "Other CNS depressants at the same time (benzodiazepines, opioids, alcohol, sedating drugs)",
      screeningRuleIds: ["ix.benzodiazepine", "ix.opioid", "ix.cns-depressant"],
    },
  ],
  recognition: {
    signs: [
      "Reports light-headedness, a spinning sensation or unsteadiness",
      "Unsteady when sitting up, standing or walking",
      "May come with nystagmus or blurred vision",
    ],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Dizziness",
    grades: {
      1: "Slight unsteadiness or sense of movement.",
      2: "Moderate unsteadiness or sense of movement; limits instrumental daily activities.",
      3: "Severe unsteadiness or sense of movement; limits self-care.",
    },
    sources: ["S132", "S81-d"],
  },
  management: [
    { grades: [1], action: "continue", steps: [FALL_PRECAUTIONS] },
    { grades: [2], action: "slow", steps: [FALL_PRECAUTIONS, REDUCE_RATE] },
    {
      grades: [3],
      action: "pause",
      steps: [
        FALL_PRECAUTIONS,
        {
          kind: "infusion",
          text: "Pause the infusion until the patient is steady; restart at a lower rate only after clinician review.",
          ...practiceDefault("S28"),
        },
        {
          kind: "escalation",
          text: "Check blood pressure and a brief neurological examination; fainting or focal signs are red flags.",
          ...sourced("S19"),
        },
      ],
    },
  ],
  redFlags: [
    {
      text: "Fainting, or new focal neurological signs: stop the infusion and assess for stroke or hypertensive crisis.",
      action: "emergency",
      ...sourced("S19"),
    },
  ],
  redFlagFromGrade: null,
  patient: {
    name: "Dizziness",
    whatItFeelsLike:
      "You may feel light in the head, as if the room spins, or wobbly when you move. It is most likely during the drip or just after it.",
    whyItHappens:
      "The medicine changes how your brain reads signals from your inner ear, eyes and body. These signals keep you steady.",
    whatWeDo:
      "We keep you sitting or lying down. We help you when you stand up. If it stays strong, we may slow the drip.",
    tellUsAtOnce:
      "Tell us right away if you feel faint. Tell us if your face, arm or leg goes weak or numb, or your speech changes.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "404640003", "Dizziness", "S109"),
    confirmedCode("CTCAE", "10013573", "Dizziness", "S82", "S132"),
    confirmedCode("CTCAE", "10047340", "Vertigo", "S132"),
  ],
  alsoCites: ["S18", "S28"],
});
