import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const ROUSE_AND_WATCH: ManagementStep = {
  kind: "non-drug",
  text: "Talk to and rouse the patient; watch breathing rate and SpO2; allow rest and delay discharge until alert. No driving for at least 24 h.",
  ...sourced("S19", "S63", "S22-c"),
};

const AIRWAY: ManagementStep = {
  kind: "non-drug",
  text: "Open the airway (reposition, jaw thrust), give oxygen, have suction and a bag-valve-mask ready.",
  ...sourced("S64"),
};

export const fatigueSedation = defineEntry({
  id: "fatigue-sedation",
  clinicalName: "Fatigue / sedation",
  plainName: "Feeling very sleepy or tired",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    lowPercent: 11,
    highPercent: 61,
    text: "Esketamine: sedation reported as an adverse event in 23% vs 9% on placebo; sedated on the MOAA/S in 48–61% (label) or 49–61% (prescriber site); lethargy 11% vs 5%; loss of consciousness 0.3–0.4%.",
    ...sourced("S20", "S21"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText:
    "During the infusion and for hours afterwards; esketamine needs at least 2 h of monitoring because sedation can be delayed or prolonged.",
  mechanism: {
    plain: "Ketamine slows the brain down. Other calming drugs and alcohol add to the effect.",
    clinical:
      "Dose-related CNS depression; benzodiazepines, opioids and other CNS depressants add to it, and the label warns of profound sedation, respiratory depression, coma or death with these combinations.",
    ...sourced("S147", "S28"),
  },
  riskFactors: [
    { text: "Benzodiazepines", screeningRuleIds: ["ix.benzodiazepine"] },
    { text: "Opioids", screeningRuleIds: ["ix.opioid"] },
    {
      text: "Alcohol, sedating antihistamines, muscle relaxants or other CNS depressants",
      screeningRuleIds: ["ix.cns-depressant", "scr.substance-use"],
    },
    { text: "Sleep apnoea or lung disease", screeningRuleIds: ["scr.respiratory-disease"] },
  ],
  recognition: {
    signs: [
      "Drowsy, eyes closing, slow to answer",
      "Slurred speech; hard to rouse",
      "Tired for the rest of the day",
    ],
    criterion:
      "MOAA/S 3 or less, or RASS −2 or less, prompts slowing or pausing; MOAA/S 1 or less, or RASS −4 or less, means stop (cut-offs are clinic defaults). A falling SpO2 moves to the respiratory-depression pathway.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Somnolence",
    grades: {
      1: "Mildly drowsier or sleepier than usual.",
      2: "Moderate sedation; limits instrumental daily activities.",
      3: "Obtunded or stuporous.",
      4: "Life-threatening; urgent treatment needed.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [ROUSE_AND_WATCH] },
    {
      grades: [2],
      action: "slow",
      steps: [
        ROUSE_AND_WATCH,
        { kind: "infusion", text: "Reduce the infusion rate.", ...practiceDefault("S19", "S64") },
      ],
    },
    { grades: [3, 4, 5], action: "emergency", steps: [AIRWAY, STOP_INFUSION, CALL_EMERGENCY_TEAM] },
  ],
  redFlags: [
    {
      text: "MOAA/S 2 or less, RASS −3 or less, or a falling SpO2: stop the infusion, open the airway and give oxygen (cut-offs are clinic defaults).",
      action: "emergency",
      ...practiceDefault("S64", "S67", "S68"),
    },
  ],
  redFlagFromGrade: 3,
  patient: {
    name: "Feeling sleepy",
    whatItFeelsLike: "You may feel very sleepy during the drip. You may feel tired for the rest of the day.",
    whyItHappens:
      "The medicine slows your brain down. Other drugs that make you sleepy, and alcohol, make this stronger.",
    whatWeDo:
      "We watch your breathing and oxygen level all the time. If you get too sleepy, we slow or stop the drip. You go home only when you are awake, with an adult to take you. Do not drive until the next day.",
    tellUsAtOnce:
      "Tell us about every medicine you take before we start. After you go home, get help at once if your breathing is weak or slow, or you cannot be woken.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "271782001", "Drowsy", "S115"),
    confirmedCode("SNOMED CT", "84229001", "Fatigue", "S115"),
    confirmedCode("CTCAE", "10016256", "Fatigue", "S82", "S132"),
    confirmedCode("CTCAE", "10041349", "Somnolence", "S132"),
    confirmedCode("CTCAE", "10012373", "Depressed level of consciousness", "S132"),
    confirmedCode("CTCAE", "10024264", "Lethargy", "S132"),
  ],
  alsoCites: ["S143", "S23"],
});
