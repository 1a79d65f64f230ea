import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  defineEntry,
  otherSpecifyScale,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const SIT_UP_AND_SUCTION: ManagementStep = {
  kind: "non-drug",
  text: "Sit the patient up, offer tissues and keep suction at hand.",
  ...sourced("S64"),
};

/** Antisialogogue premedication is recommended for anaesthetic use; no sub-anaesthetic dose is sourced. */
const GLYCOPYRRONIUM: ManagementStep = {
  kind: "drug",
  text: "Glycopyrronium as an antisialogogue when secretions trouble the patient (dose is a clinic default).",
  drug: { drug: "glycopyrronium", dose: "0.2 mg", route: "IV" },
  ...practiceDefault("S15"),
};

export const hypersalivation = defineEntry({
  id: "hypersalivation",
  clinicalName: "Hypersalivation",
  plainName: "Extra spit (saliva)",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    text: "Salivary secretions increase with ketamine and antisialogogue premedication is recommended for anaesthetic use; the rate at sub-anaesthetic doses is unconfirmed.",
    ...sourced("S15"),
  },
  onset: ["during-infusion"],
  onsetText: "During the infusion.",
  mechanism: {
    plain: "Ketamine makes the glands in the mouth and airways make more fluid.",
    clinical:
      "Increased salivary and airway secretions; at anaesthetic doses these can provoke bronchospasm or laryngospasm.",
    ...sourced("S15", "S29"),
  },
  riskFactors: [{ text: "Higher, anaesthetic-range doses", screeningRuleIds: [] }],
  recognition: {
    signs: ["Drooling or swallowing often", "Gurgling or wet-sounding breathing"],
  },
  grading: otherSpecifyScale("Gastrointestinal disorders – Other, specify (salivary hypersecretion)"),
  management: [
    { grades: [1], action: "continue", steps: [SIT_UP_AND_SUCTION] },
    {
      grades: [2],
      action: "slow",
      steps: [
        SIT_UP_AND_SUCTION,
        { kind: "infusion", text: "Slow the infusion.", ...practiceDefault("S15") },
        GLYCOPYRRONIUM,
      ],
    },
    {
      grades: [3],
      action: "pause",
      steps: [
        SIT_UP_AND_SUCTION,
        {
          kind: "infusion",
          text: "Pause the infusion until secretions are controlled.",
          ...practiceDefault("S15", "S29"),
        },
        GLYCOPYRRONIUM,
      ],
    },
    {
      grades: [4, 5],
      action: "emergency",
      steps: [
        {
          kind: "non-drug",
          text: "Suction, open the airway and give oxygen.",
          ...sourced("S64"),
        },
        STOP_INFUSION,
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Stridor, wheeze or choking (possible laryngospasm or bronchospasm): stop the infusion, clear and support the airway, call the emergency team.",
      action: "emergency",
      ...sourced("S29", "S64"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Extra spit",
    whatItFeelsLike: "Your mouth may fill with spit. You may need to swallow a lot or dribble a little.",
    whyItHappens: "The medicine makes the glands in your mouth and throat make more fluid.",
    whatWeDo:
      "We sit you up and give you tissues. We have a small suction tube to clear your mouth. If it is a lot, we can give a medicine to dry it up.",
    tellUsAtOnce: "Tell us at once if you choke, cough a lot, or your breathing sounds noisy or tight.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [],
  alsoCites: ["S132"],
});
