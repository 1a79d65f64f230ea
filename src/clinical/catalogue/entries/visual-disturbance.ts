import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  confirmedCode,
  defineEntry,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

const EYES_CLOSED: ManagementStep = {
  kind: "non-drug",
  text: "Eyes closed or an eye mask, reassurance and fall precautions; no driving until the next day.",
  ...sourced("S18"),
};

/** Sudden visual change can be a sign of a hypertensive emergency, so pressure is checked every time. */
const CHECK_PRESSURE: ManagementStep = {
  kind: "non-drug",
  text: "Check blood pressure and ask about headache.",
  ...sourced("S19"),
};

export const visualDisturbance = defineEntry({
  id: "visual-disturbance",
  clinicalName: "Visual disturbances (blurred vision, diplopia, nystagmus)",
  plainName: "Blurred or double vision",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    text: "The label lists diplopia, nystagmus and a slight rise in intraocular pressure. Blurred vision is among the most common effects in IV depression studies; no rate is confirmed.",
    ...sourced("S25", "S60"),
  },
  onset: ["during-infusion"],
  onsetText: "During the infusion; transient.",
  mechanism: {
    plain:
      "Ketamine affects the parts of the brain that steer the eyes, so the eyes may flicker or not line up.",
    clinical: "Central oculomotor effects; under dissociation the eyes may stay open with nystagmus.",
    ...sourced("S15"),
  },
  riskFactors: [
    {
      text: "Glaucoma, raised eye pressure or recent eye injury or surgery (ketamine slightly raises intraocular pressure)",
      screeningRuleIds: ["scr.raised-icp-iop"],
    },
  ],
  recognition: {
    signs: ["Blurred or double vision, halos around lights", "Flickering eye movements (nystagmus)"],
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Blurred vision",
    grades: {
      1: "No treatment needed.",
      2: "Symptoms with a moderate fall in acuity (best corrected 20/40 or better, or no more than 3 lines below known baseline); limits instrumental daily activities.",
      3: "Symptoms with a marked fall in acuity (best corrected worse than 20/40, or more than 3 lines below baseline, down to 20/200); limits self-care.",
      4: "Best corrected acuity of 20/200 or worse in the affected eye.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [EYES_CLOSED] },
    {
      grades: [2],
      action: "slow",
      steps: [
        EYES_CLOSED,
        CHECK_PRESSURE,
        { kind: "infusion", text: "Slow the infusion.", ...practiceDefault("S25") },
      ],
    },
    {
      grades: [3],
      action: "pause",
      steps: [
        EYES_CLOSED,
        CHECK_PRESSURE,
        {
          kind: "infusion",
          text: "Pause the infusion until vision improves; restart only after clinician review.",
          ...practiceDefault("S25"),
        },
      ],
    },
    {
      grades: [4],
      action: "emergency",
      steps: [
        STOP_INFUSION,
        {
          kind: "escalation",
          text: "Treat as a possible hypertensive emergency: urgent medical assessment.",
          ...sourced("S19"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Loss of vision that persists, or a visual disturbance with severe headache or high blood pressure: hypertensive emergency pathway.",
      action: "emergency",
      ...sourced("S19"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Blurred vision",
    whatItFeelsLike:
      "Things may look blurry or double. You may see rings around lights. Your eyes may feel as if they flicker.",
    whyItHappens:
      "The medicine affects the parts of your brain that move your eyes. It passes as the medicine wears off.",
    whatWeDo:
      "You can close your eyes or wear an eye mask. We help you when you move so you do not fall. You must not drive until the next day.",
    tellUsAtOnce: "Tell us right away if you cannot see, or if blurred sight comes with a bad headache.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "111516008", "Blurring of visual image", "S114"),
    confirmedCode("SNOMED CT", "24982008", "Diplopia", "S114"),
    confirmedCode("CTCAE", "10005886", "Blurred vision", "S132"),
    confirmedCode("CTCAE", "10029864", "Nystagmus", "S132"),
    confirmedCode("CTCAE", "10015919", "Eye disorders – Other, specify (diplopia)", "S132"),
  ],
  alsoCites: ["S24"],
});
