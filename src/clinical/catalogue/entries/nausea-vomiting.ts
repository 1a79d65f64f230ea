import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  ONDANSETRON,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const SETTLE_STOMACH: ManagementStep = {
  kind: "non-drug",
  text: "Sit the patient upright, keep a bowl and suction at hand and offer sips of water once fully awake; an empty stomach before the infusion lowers the aspiration risk.",
  ...sourced("S24", "S64"),
};

const SLOW_FOR_NAUSEA: ManagementStep = {
  kind: "infusion",
  text: "Slow the infusion while the antiemetic takes effect.",
  ...practiceDefault("S64"),
};

const PAUSE_FOR_NAUSEA: ManagementStep = {
  kind: "infusion",
  text: "Pause the infusion until nausea settles; restart at a lower rate after clinician review.",
  ...practiceDefault("S64"),
};

const FLUIDS_AND_REVIEW: ManagementStep = {
  kind: "escalation",
  text: "Give IV fluids and arrange medical review when the patient cannot keep fluids down; admit if intake stays inadequate.",
  ...practiceDefault("S132"),
};

const SHARED_MECHANISM = {
  plain: "Ketamine acts on the parts of the brain that control balance and the feeling of sickness.",
  clinical:
    "Central effects on vestibular pathways and the chemoreceptor trigger zone; the label describes nausea and vomiting as usually not severe.",
  ...sourced("S25"),
};

export const nausea = defineEntry({
  id: "nausea",
  clinicalName: "Nausea",
  plainName: "Feeling sick",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 4,
    highPercent: 28,
    text: "Esketamine label table: nausea 28% vs 9% on placebo. Chronic-pain meta-analyses report more nausea and vomiting than placebo (rates not extractable); 4 of 101 patients on infusions of 72 h or more. Common after anaesthetic ketamine.",
    ...sourced("S20", "S59", "S54", "S15"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion and during recovery.",
  mechanism: SHARED_MECHANISM,
  riskFactors: [
    {
      text: "Nausea with earlier infusions, anaesthesia or travel",
      screeningRuleIds: ["scr.nausea-history"],
    },
    { text: "Higher dose or faster infusion rate", screeningRuleIds: [] },
  ],
  recognition: {
    signs: ["Reports feeling sick or off food", "Pale, sweating, swallowing often or retching"],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Nausea",
    grades: {
      1: "Appetite reduced but eating habits unchanged.",
      2: "Eating and drinking less, without notable weight loss, dehydration or malnutrition.",
      3: "Not enough food or fluid by mouth; tube feeding, parenteral nutrition or hospital admission indicated.",
    },
    sources: ["S132", "S81-c"],
  },
  management: [
    { grades: [1], action: "continue", steps: [SETTLE_STOMACH, ONDANSETRON] },
    { grades: [2], action: "slow", steps: [SETTLE_STOMACH, SLOW_FOR_NAUSEA, ONDANSETRON] },
    {
      grades: [3],
      action: "pause",
      steps: [SETTLE_STOMACH, PAUSE_FOR_NAUSEA, ONDANSETRON, FLUIDS_AND_REVIEW],
    },
  ],
  redFlags: [],
  redFlagFromGrade: null,
  patient: {
    name: "Feeling sick",
    whatItFeelsLike:
      "Your tummy may feel upset, or you may not want to eat. Some people feel they might throw up.",
    whyItHappens: "The medicine acts on the parts of your brain that control balance and the sick feeling.",
    whatWeDo:
      "Many people get a medicine for sickness before the drip starts. We keep a bowl close by. We can slow the drip and give more medicine if needed.",
    tellUsAtOnce: "Tell us as soon as you feel sick, so we can treat it before you throw up.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "422587007", "Nausea", "S82", "S109"),
    confirmedCode("CTCAE", "10028813", "Nausea", "S82", "S132"),
  ],
});

/** Vomiting while drowsy or dissociated risks aspiration, so even low grades change what staff do. */
export const vomiting = defineEntry({
  id: "vomiting",
  clinicalName: "Vomiting",
  plainName: "Being sick (throwing up)",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 4,
    highPercent: 9,
    text: "Esketamine label table: vomiting 9% vs 2% on placebo; 4 of 101 patients on infusions of 72 h or more had nausea or vomiting.",
    ...sourced("S20", "S54"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion and during recovery.",
  mechanism: SHARED_MECHANISM,
  riskFactors: [
    {
      text: "Nausea or vomiting with earlier infusions or anaesthesia",
      screeningRuleIds: ["scr.nausea-history"],
    },
    {
      text: "Sedating drugs that blunt airway reflexes (aspiration risk)",
      screeningRuleIds: ["ix.benzodiazepine", "ix.opioid", "ix.cns-depressant"],
    },
  ],
  recognition: {
    signs: ["Retching or vomiting", "Vomiting while drowsy or dissociated: check the airway at once"],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Vomiting",
    grades: {
      1: "No treatment needed.",
      2: "Outpatient IV fluids or medical treatment needed.",
      3: "Tube feeding, parenteral nutrition or hospital admission needed.",
      4: "Life-threatening consequences.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "slow", steps: [SETTLE_STOMACH, SLOW_FOR_NAUSEA, ONDANSETRON] },
    {
      grades: [2],
      action: "pause",
      steps: [SETTLE_STOMACH, PAUSE_FOR_NAUSEA, ONDANSETRON, FLUIDS_AND_REVIEW],
    },
    {
      grades: [3],
      action: "stop",
      steps: [SETTLE_STOMACH, STOP_INFUSION, ONDANSETRON, FLUIDS_AND_REVIEW],
    },
    {
      grades: [4, 5],
      action: "emergency",
      steps: [
        {
          kind: "non-drug",
          text: "Turn the patient on their side, clear the airway and suction.",
          ...sourced("S64"),
        },
        STOP_INFUSION,
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Vomiting with a reduced level of consciousness (aspiration risk): stop the infusion, protect the airway, lateral position, suction.",
      action: "emergency",
      ...sourced("S64"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Being sick",
    whatItFeelsLike:
      "You may feel sick and then throw up. It can come on fast during the drip or soon after.",
    whyItHappens: "The medicine acts on the parts of your brain that control balance and the sick feeling.",
    whatWeDo:
      "We sit you up and keep a bowl close by. We give a medicine for sickness. We may slow or stop the drip. If you are very sleepy, we turn you on your side to keep your airway clear.",
    tellUsAtOnce: "Tell us right away if you feel you are going to throw up.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "422400008", "Vomiting", "S82", "S109"),
    confirmedCode("CTCAE", "10047700", "Vomiting", "S82", "S132"),
  ],
});
