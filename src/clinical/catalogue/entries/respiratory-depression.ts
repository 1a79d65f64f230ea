import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const AIRWAY_AND_OXYGEN: ManagementStep = {
  kind: "non-drug",
  text: "Reposition and open the airway, give oxygen, suction secretions; bag-valve-mask ventilation if breathing is inadequate.",
  ...sourced("S64"),
};

export const respiratoryDepression = defineEntry({
  id: "respiratory-depression",
  clinicalName: "Respiratory depression / hypoxaemia",
  plainName: "Slow or shallow breathing",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    lowPercent: 0.1,
    highPercent: 0.4,
    text: "Label: with overdose or too-rapid IV injection. Esketamine: loss of consciousness 0.3–0.4%. No desaturation in 5-day CRPS infusions. Sub-anaesthetic psychiatric use: 4 medical serious adverse events in 3,756 patients (about 0.1%).",
    ...sourced("S26", "S21", "S9", "S105"),
  },
  onset: ["during-infusion"],
  onsetText: "During the infusion, most of all after a fast bolus or when other sedating drugs are on board.",
  mechanism: {
    plain:
      "At high levels, or with other sleepy-making drugs, ketamine can slow breathing. Extra spit can also block the airway.",
    clinical:
      "Central respiratory depression with overdose or rapid IV injection; additive with opioids, benzodiazepines and other CNS depressants; increased secretions can provoke laryngospasm.",
    ...sourced("S26", "S147", "S29"),
  },
  riskFactors: [
    { text: "Opioids", screeningRuleIds: ["ix.opioid"] },
    { text: "Benzodiazepines", screeningRuleIds: ["ix.benzodiazepine"] },
    { text: "Alcohol or other CNS depressants", screeningRuleIds: ["ix.cns-depressant"] },
    { text: "Sleep apnoea or lung disease", screeningRuleIds: ["scr.respiratory-disease"] },
    { text: "Bolus faster than 0.5 mg/kg/min or shorter than 60 s", screeningRuleIds: [] },
  ],
  recognition: {
    signs: [
      "Slow, shallow or paused breathing",
      "Snoring or noisy breathing (obstructed airway)",
      "Blue lips; falling SpO2",
    ],
    criterion:
      "SpO2 below 92–94% means oxygen and a lower rate (92% from the Aldrete score; 94% is a clinic default). SpO2 below 88% at rest means stop and escalate (CTCAE hypoxia grade 3). Respiratory rate below 10/min is an exclusion in one emergency protocol.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Hypoxia",
    grades: {
      2: "Oxygen saturation falls on exertion (for example below 88% on a pulse oximeter); oxygen needed at times.",
      3: "Oxygen saturation low at rest (for example below 88%, or PaO2 55 mmHg or less).",
      4: "Life-threatening airway compromise; urgent treatment such as intubation or tracheotomy needed.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    {
      grades: [2],
      action: "pause",
      steps: [
        AIRWAY_AND_OXYGEN,
        {
          kind: "infusion",
          text: "Pause the infusion until SpO2 and breathing recover; restart at a lower rate only after clinician review.",
          ...practiceDefault("S64", "S75"),
        },
      ],
    },
    {
      grades: [3, 4, 5],
      action: "emergency",
      steps: [
        AIRWAY_AND_OXYGEN,
        STOP_INFUSION,
        {
          kind: "escalation",
          text: "Support ventilation (bag-valve-mask, then mechanical ventilation) rather than giving analeptics.",
          ...sourced("S26"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "SpO2 below 88% at rest, or apnoea: stop the infusion, support the airway and call the emergency team.",
      action: "emergency",
      ...sourced("S64", "S132"),
    },
  ],
  redFlagFromGrade: 3,
  patient: {
    name: "Slow breathing",
    whatItFeelsLike:
      "You may not notice it yourself. Staff may see that you breathe slowly or not deeply, or that your oxygen level drops. This is rare.",
    whyItHappens:
      "At high levels, or with other drugs that make you sleepy, the medicine can slow your breathing.",
    whatWeDo:
      "A clip on your finger checks your oxygen all the time. If it drops, we help you breathe, give oxygen and slow or stop the drip.",
    tellUsAtOnce:
      "Tell us about every medicine you take, and about alcohol, before we start. Tell us if you find it hard to breathe. After you go home, get help at once if your breathing is weak or slow.",
  },
  contraindicatesFurtherInfusions: "review",
  codes: [
    confirmedCode("SNOMED CT", "389087006", "Hypoxemia", "S119"),
    confirmedCode("CTCAE", "10021143", "Hypoxia", "S132"),
    confirmedCode("CTCAE", "10002972", "Apnea", "S132"),
    confirmedCode("CTCAE", "10038695", "Respiratory failure", "S132"),
  ],
  alsoCites: ["S24", "S143", "S63"],
});
