import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
  unconfirmedCode,
} from "./shared";

export const anaphylaxis = defineEntry({
  id: "anaphylaxis",
  clinicalName: "Severe allergic reaction / anaphylaxis",
  plainName: "Serious allergic reaction",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    text: "The label lists anaphylaxis; local pain, exanthema and transient erythematous or morbilliform rash occur infrequently. A formulary gives transient rash in 15% (the sources disagree). No numeric anaphylaxis rate was found: rare.",
    ...sourced("S25", "S15"),
  },
  onset: ["during-infusion"],
  onsetText: "Within minutes of the infusion starting.",
  mechanism: {
    plain:
      "The body's defence system mistakes the medicine, or something in the liquid, for a threat and overreacts.",
    clinical:
      "Hypersensitivity to ketamine or an excipient (for example the benzethonium chloride preservative); the mechanism is not characterised in the sources.",
    ...practiceDefault("S23", "S98"),
  },
  riskFactors: [
    {
      text: "Earlier reaction to ketamine, esketamine or an excipient",
      screeningRuleIds: ["scr.hypersensitivity"],
    },
  ],
  recognition: {
    signs: [
      "Hives, flushing or itch",
      "Swelling of lips, tongue or throat",
      "Wheeze, breathlessness, hoarse voice",
      "Low blood pressure, faintness, collapse",
    ],
    criterion:
      "Bronchospasm, angioedema or hypotension with an allergic picture is anaphylaxis (CTCAE grade 3 or higher). A rash alone during an infusion is graded as an infusion-related reaction instead.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Anaphylaxis",
    grades: {
      3: "Bronchospasm with symptoms, with or without hives; parenteral treatment indicated; allergic swelling or angioedema; low blood pressure.",
      4: "Life-threatening; urgent treatment needed.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    {
      grades: [3, 4, 5],
      action: "emergency",
      steps: [
        STOP_INFUSION,
        {
          kind: "drug",
          text: "Adrenaline (epinephrine) 1 mg/mL intramuscularly per the local anaphylaxis protocol; the dose is a clinic default, not confirmed in the sources.",
          drug: { drug: "adrenaline (epinephrine)", dose: "0.5 mg", route: "IM" },
          ...practiceDefault("S23"),
        },
        { ...CALL_EMERGENCY_TEAM, text: `Start the anaphylaxis protocol. ${CALL_EMERGENCY_TEAM.text}` },
        {
          kind: "escalation",
          text: "Record the allergy; ketamine must not be given again.",
          ...sourced("S23"),
        },
      ],
    },
  ],
  redFlags: [
    {
      text: "Any sign of anaphylaxis: stop the infusion and start the anaphylaxis protocol.",
      action: "emergency",
      ...sourced("S23"),
    },
  ],
  redFlagFromGrade: 3,
  patient: {
    name: "Serious allergic reaction",
    whatItFeelsLike:
      "You may get an itchy rash or hives. Your lips, tongue or throat may swell. It may be hard to breathe, or you may feel faint. This is very rare.",
    whyItHappens:
      "Your body's defence system treats the medicine, or something in the liquid, as a threat and overreacts.",
    whatWeDo:
      "We stop the drip at once and give an injection of adrenaline. Our team is trained for this and has the kit ready. You will not be given this medicine again.",
    tellUsAtOnce:
      "Tell us before you start if you have ever reacted to ketamine. During the drip, tell us at once about itching, swelling, a tight chest or trouble breathing.",
  },
  contraindicatesFurtherInfusions: "yes",
  codes: [
    confirmedCode("SNOMED CT", "39579001", "Anaphylaxis", "S118"),
    confirmedCode("CTCAE", "10002218", "Anaphylaxis", "S132"),
    confirmedCode("CTCAE", "10051792", "Infusion related reaction", "S132"),
    confirmedCode("MedDRA", "10001718", "Allergic reaction (LLT)", "S82", "S132"),
    unconfirmedCode("MedDRA", "10002198", "Anaphylactic reaction (PT)"),
  ],
  alsoCites: ["S21"],
});
