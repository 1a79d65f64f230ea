import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  MIDAZOLAM_RESCUE,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const QUIET_RECOVERY: ManagementStep = {
  kind: "non-drug",
  text: "Keep talk, touch and visual stimulation to a minimum during recovery; reorient gently and keep the patient safe in the chair.",
  ...sourced("S24", "S62"),
};

export const confusion = defineEntry({
  id: "confusion",
  clinicalName: "Confusion / emergence reaction",
  plainName: "Feeling muddled or confused",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    lowPercent: 3,
    highPercent: 12,
    text: "Emergence reactions in about 12% after anaesthetic doses (dream-like states through hallucinations to delirium). Esketamine: mental impairment 3% vs 1% on placebo. Psychomimetic symptoms in 6 of 101 patients on infusions of 72 h or more.",
    ...sourced("S62", "S20", "S54"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText:
    "During the infusion or on coming round; usually lasts a few hours, with recurrences reported up to 24 h. Least common over 65 years.",
  mechanism: {
    plain:
      "Ketamine slows how the brain sorts what it sees and hears, so thinking can feel slow and jumbled.",
    clinical:
      "NMDA blockade of sensory processing; binding at kappa-opioid and muscarinic receptors may contribute.",
    ...sourced("S112"),
  },
  riskFactors: [
    {
      text: "Anaesthesia data: age 16–65, female sex, IV doses above 2 mg/kg, personality problems or frequent dreaming",
      screeningRuleIds: [],
    },
    {
      text: "Benzodiazepines or opioids (prolonged recovery)",
      screeningRuleIds: ["ix.benzodiazepine", "ix.opioid"],
    },
  ],
  recognition: {
    signs: [
      "Not sure of the time, place or what is happening",
      "Slow or muddled answers; trouble concentrating",
      "Vivid dream-like states on emergence",
    ],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Confusion",
    grades: {
      1: "Mild disorientation.",
      2: "Moderate disorientation; limits instrumental daily activities.",
      3: "Severe disorientation; limits self-care.",
      4: "Life-threatening; urgent treatment needed.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [QUIET_RECOVERY] },
    {
      grades: [2],
      action: "slow",
      steps: [QUIET_RECOVERY, { kind: "infusion", text: "Slow the infusion.", ...practiceDefault("S62") }],
    },
    {
      grades: [3],
      action: "pause",
      steps: [
        QUIET_RECOVERY,
        {
          kind: "infusion",
          text: "Pause the infusion until the patient is oriented; restart only after clinician review.",
          ...practiceDefault("S62"),
        },
        {
          ...MIDAZOLAM_RESCUE,
          text: "A short-acting benzodiazepine may end a severe emergence reaction; midazolam at the clinic's rescue dose.",
          sources: [...MIDAZOLAM_RESCUE.sources, "S62"],
        },
      ],
    },
    { grades: [4], action: "emergency", steps: [STOP_INFUSION, MIDAZOLAM_RESCUE, CALL_EMERGENCY_TEAM] },
  ],
  redFlags: [
    {
      text: "Not back to pre-treatment awareness at the end of observation: extend monitoring.",
      action: "extend-monitoring",
      ...sourced("S64"),
    },
    {
      text: "Disorientation that persists beyond the observation window, or more than 24 h after discharge: medical review.",
      action: "medical-review",
      ...sourced("S63"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Feeling confused",
    whatItFeelsLike:
      "You may not be sure where you are or what time it is. It may be hard to think clearly or find words. You may have vivid dreams as you wake up.",
    whyItHappens:
      "The medicine slows how your brain sorts out what you see and hear. It wears off over a few hours.",
    whatWeDo:
      "We keep things calm and quiet while you wake up. We remind you where you are. You stay with us until your mind is clear.",
    tellUsAtOnce:
      "Tell us if you still feel mixed up when it is time to go. If you feel confused more than a day later, call the clinic.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "286933003", "Confusional state", "S113"),
    confirmedCode("CTCAE", "10010300", "Confusion", "S132"),
    confirmedCode("CTCAE", "10012218", "Delirium", "S132"),
  ],
  alsoCites: ["S29", "S28"],
});
