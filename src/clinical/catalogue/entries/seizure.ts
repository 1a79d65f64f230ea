import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

/** No source gives a benzodiazepine dose for a seizure during a ketamine infusion: both options are clinic defaults. */
const SEIZURE_DOSE_NOTE = "if the seizure lasts more than 5 min or recurs; dose is a clinic default";

export const seizure = defineEntry({
  id: "seizure",
  clinicalName: "Seizure",
  plainName: "Seizure (fit)",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    text: "Rare. The label describes increased muscle tone with tonic-clonic movements that sometimes resemble seizures; extensor-type seizures occur with theophylline; ASA lists seizures among life-threatening consequences of inappropriate use.",
    ...sourced("S25", "S27", "S89"),
  },
  onset: ["during-infusion"],
  onsetText: "During the infusion.",
  mechanism: {
    plain:
      "Some medicines make the brain more likely to have a fit. Taken together with ketamine, the risk can go up.",
    clinical:
      "Lowered seizure threshold, clinically significant with theophylline or aminophylline; raised muscle tone with tonic-clonic movements can mimic a seizure.",
    ...sourced("S27", "S25"),
  },
  riskFactors: [
    { text: "Epilepsy or past seizures", screeningRuleIds: ["scr.seizure-disorder"] },
    { text: "Theophylline or aminophylline", screeningRuleIds: ["ix.theophylline"] },
    {
      text: "Other drugs that lower the seizure threshold, such as tramadol or bupropion (unconfirmed)",
      screeningRuleIds: ["ix.seizure-threshold"],
    },
  ],
  recognition: {
    signs: [
      "Rhythmic jerking of limbs or face; stiffening",
      "Loss of awareness or unresponsiveness",
      "Tongue biting, incontinence, confusion afterwards",
    ],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Seizure",
    grades: {
      1: "Brief partial seizure without loss of consciousness.",
      2: "Brief generalised seizure.",
      3: "New-onset seizures (partial or generalised); several seizures despite medical treatment.",
      4: "Life-threatening; prolonged repeated seizures.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    {
      grades: [1, 2, 3, 4, 5],
      action: "emergency",
      steps: [
        {
          kind: "non-drug",
          text: "Protect from injury, recovery position, open the airway, give oxygen and suction as needed.",
          ...practiceDefault("S64"),
        },
        STOP_INFUSION,
        {
          kind: "drug",
          text: `Midazolam ${SEIZURE_DOSE_NOTE}.`,
          drug: { drug: "midazolam", dose: "10 mg", route: "IM" },
          ...practiceDefault("S25", "S27"),
        },
        {
          kind: "drug",
          text: `Lorazepam, when IV access is working, ${SEIZURE_DOSE_NOTE}.`,
          drug: { drug: "lorazepam", dose: "4 mg", route: "IV" },
          ...practiceDefault("S25", "S27"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Any seizure or seizure-like activity: stop the infusion, protect the airway and call the emergency team.",
      action: "emergency",
      ...practiceDefault("S25", "S89"),
    },
  ],
  redFlagFromGrade: 1,
  patient: {
    name: "Seizure (fit)",
    whatItFeelsLike:
      "A fit can make your body go stiff or jerk. You may black out and feel confused after. This is very rare.",
    whyItHappens:
      "It is more likely if you have had fits before, or take some medicines that make fits more likely.",
    whatWeDo:
      "We stop the drip, keep you safe and help you breathe. We call the emergency team. If the fit goes on, we give a medicine to stop it.",
    tellUsAtOnce:
      "Before you start, tell us if you have ever had a fit, and list all your medicines. During the drip, tell us if you feel odd jerks or twitches.",
  },
  contraindicatesFurtherInfusions: "review",
  codes: [
    confirmedCode("SNOMED CT", "91175000", "Seizure", "S114"),
    confirmedCode("CTCAE", "10039906", "Seizure", "S132"),
  ],
  alsoCites: ["S147"],
});
