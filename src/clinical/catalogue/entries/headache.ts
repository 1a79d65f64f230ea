import type { ManagementStep } from "../types";
import { confirmedCode, defineEntry, practiceDefault, sourced } from "./shared";

/** A headache is the one symptom that can mask a hypertensive emergency, so pressure is checked with every report. */
const CHECK_PRESSURE_AND_REST: ManagementStep = {
  kind: "non-drug",
  text: "Check blood pressure and neurological state with every new headache; rest in a quiet, dim room.",
  ...sourced("S19"),
};

export const headache = defineEntry({
  id: "headache",
  clinicalName: "Headache",
  plainName: "Headache",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 20,
    highPercent: 20,
    text: "Esketamine label table: headache 20% vs 17% on placebo. Among the most common effects of IV ketamine in depression studies.",
    ...sourced("S20", "S60"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion or in the hours after it.",
  mechanism: {
    plain: "The medicine raises blood pressure and blood flow in the brain for a while.",
    clinical:
      "Likely related to the pressor response and the rise in cerebral blood flow ketamine causes; the sources do not establish the mechanism.",
    ...practiceDefault("S48", "S19"),
  },
  riskFactors: [
    {
      text: "High blood pressure",
      screeningRuleIds: ["scr.hypertension-uncontrolled", "scr.hypertension-controlled"],
    },
    {
      text: "Raised intracranial pressure or an intracranial mass",
      screeningRuleIds: ["scr.raised-icp-iop"],
    },
    { text: "Aneurysm or past brain haemorrhage", screeningRuleIds: ["scr.aneurysm-stroke-ich"] },
  ],
  recognition: {
    signs: ["Reports head pain", "Sudden severe headache with high blood pressure is a red flag"],
    criterion: "Every new headache gets a blood-pressure reading.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Headache",
    grades: {
      1: "Mild pain.",
      2: "Moderate pain; limits instrumental daily activities.",
      3: "Severe pain; limits self-care.",
    },
    sources: ["S132", "S81-d"],
  },
  management: [
    { grades: [1], action: "continue", steps: [CHECK_PRESSURE_AND_REST] },
    {
      grades: [2],
      action: "slow",
      steps: [
        CHECK_PRESSURE_AND_REST,
        { kind: "infusion", text: "Slow the infusion.", ...practiceDefault("S19") },
      ],
    },
    {
      grades: [3],
      action: "pause",
      steps: [
        CHECK_PRESSURE_AND_REST,
        {
          kind: "infusion",
          text: "Pause the infusion until the headache eases and blood pressure is known.",
          ...practiceDefault("S19"),
        },
        {
          kind: "escalation",
          text: "Medical review before restarting.",
          ...practiceDefault("S19"),
        },
      ],
    },
  ],
  redFlags: [
    {
      text: "Sudden severe headache with high blood pressure (possible hypertensive encephalopathy or intracranial bleeding): stop the infusion and start emergency care.",
      action: "emergency",
      ...sourced("S19"),
    },
  ],
  redFlagFromGrade: null,
  patient: {
    name: "Headache",
    whatItFeelsLike: "Your head may ache during the drip or later that day. It is often mild.",
    whyItHappens: "The medicine raises your blood pressure and the blood flow in your head for a while.",
    whatWeDo:
      "We check your blood pressure each time you tell us about a headache. You can rest in a quiet, dim room. If it is bad, we slow or pause the drip.",
    tellUsAtOnce:
      "Tell us right away about a sudden, very bad headache, most of all if you also feel sick, cannot see well, or feel weak.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "25064002", "Headache", "S82", "S109"),
    confirmedCode("CTCAE", "10019211", "Headache", "S82", "S132"),
  ],
  alsoCites: ["S24"],
});
