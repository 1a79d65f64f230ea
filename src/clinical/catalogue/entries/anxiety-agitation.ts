import type { ManagementBand, ManagementStep, RedFlag } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  CALM_ROOM,
  confirmedCode,
  defineEntry,
  MIDAZOLAM_RESCUE,
  MIDAZOLAM_WEIGHT_BASED,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

// Anxiety and agitation share a cause, a grading shape (grades 1–4) and a management path.

const SLOW: ManagementStep = {
  kind: "infusion",
  text: "Slow the infusion while reassuring the patient.",
  ...practiceDefault("S47"),
};

const PAUSE: ManagementStep = {
  kind: "infusion",
  text: "Pause the infusion until the patient is calm; restart at a lower rate only after clinician review.",
  ...practiceDefault("S47"),
};

const BANDS: readonly ManagementBand[] = [
  { grades: [1], action: "continue", steps: [CALM_ROOM] },
  { grades: [2], action: "slow", steps: [CALM_ROOM, SLOW, MIDAZOLAM_RESCUE] },
  { grades: [3], action: "pause", steps: [CALM_ROOM, PAUSE, MIDAZOLAM_RESCUE, MIDAZOLAM_WEIGHT_BASED] },
  { grades: [4], action: "emergency", steps: [STOP_INFUSION, MIDAZOLAM_RESCUE, CALL_EMERGENCY_TEAM] },
];

/** The RASS cut-off is a suggestion in the fact sheet, not a published threshold. */
const DANGER_FLAG: RedFlag = {
  text: "RASS +3 or higher, or danger to self or staff: stop the infusion and call for help.",
  action: "stop",
  ...practiceDefault("S68"),
};

const MECHANISM = {
  plain: "The dream-like state can feel frightening, and the medicine also turns up the body's alarm system.",
  clinical: "A dysphoric response to the dissociative experience, with sympathetic activation adding to it.",
  ...practiceDefault("S15", "S60"),
};

const PATIENT_WHY =
  "The dream-like feeling can be scary if you do not expect it. The medicine also turns up the body's alarm system, which can make you feel on edge.";

export const anxiety = defineEntry({
  id: "anxiety",
  clinicalName: "Anxiety",
  plainName: "Feeling anxious or scared",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    lowPercent: 13,
    highPercent: 13,
    text: "Esketamine label table: anxiety 13% vs 6% on placebo. Anxiety is the most common acute psychiatric effect in IV ketamine depression studies.",
    ...sourced("S20", "S60"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion and on coming round from it.",
  mechanism: MECHANISM,
  riskFactors: [
    { text: "History of anxiety or panic", screeningRuleIds: ["scr.anxiety-history"] },
    { text: "Higher dose or faster infusion rate (stronger dissociation)", screeningRuleIds: [] },
  ],
  recognition: {
    signs: ["Worry, fear or panic; asks for the infusion to stop", "Restless, breathing fast, tense"],
    criterion: "RASS +1 (restless, anxious, not aggressive).",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Anxiety",
    grades: {
      1: "Mild symptoms; no treatment needed.",
      2: "Moderate symptoms; limits instrumental daily activities.",
      3: "Severe symptoms; limits self-care; hospital admission indicated.",
      4: "Life-threatening; urgent treatment needed.",
    },
    sources: ["S132"],
  },
  management: BANDS,
  redFlags: [DANGER_FLAG],
  redFlagFromGrade: 4,
  patient: {
    name: "Feeling anxious",
    whatItFeelsLike:
      "You may feel worried, scared or tense. Your breathing may speed up. Some people want the drip to stop.",
    whyItHappens: PATIENT_WHY,
    whatWeDo:
      "We tell you what to expect before we start. We keep the room quiet and stay with you. If it is too strong, we slow or pause the drip, and we can give a calming medicine.",
    tellUsAtOnce: "Tell us as soon as you feel scared or panicky. You do not have to wait until it gets bad.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "48694002", "Anxiety", "S111"),
    confirmedCode("CTCAE", "10002855", "Anxiety", "S132"),
  ],
});

export const agitation = defineEntry({
  id: "agitation",
  clinicalName: "Agitation",
  plainName: "Feeling restless or agitated",
  tier: "less-common",
  evidence: "sourced",
  incidence: {
    text: "No separate figure: reported alongside anxiety (13% vs 6% with esketamine) and as part of emergence reactions (about 12% after anaesthetic doses).",
    ...sourced("S20", "S62"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion and on coming round from it.",
  mechanism: MECHANISM,
  riskFactors: [
    { text: "History of anxiety or panic", screeningRuleIds: ["scr.anxiety-history"] },
    { text: "Psychotic illness", screeningRuleIds: ["scr.psychosis-history"] },
    { text: "Higher dose or faster infusion rate", screeningRuleIds: [] },
  ],
  recognition: {
    signs: ["Cannot settle; moves about, pulls at lines", "Raised voice, irritable or aggressive"],
    criterion: "RASS +2 (agitated) or higher; +3 (very agitated) or more is a red flag.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Agitation",
    grades: {
      1: "Mild change in mood.",
      2: "Moderate change in mood.",
      3: "Severe agitation; hospital admission not needed.",
      4: "Life-threatening; urgent treatment needed.",
    },
    sources: ["S132"],
  },
  management: BANDS,
  redFlags: [DANGER_FLAG],
  redFlagFromGrade: 4,
  patient: {
    name: "Feeling restless",
    whatItFeelsLike: "You may not be able to sit still. You may feel cross, jumpy or on edge.",
    whyItHappens: PATIENT_WHY,
    whatWeDo:
      "We keep the room calm and stay with you. We make sure you are safe. We may slow or pause the drip and give a calming medicine.",
    tellUsAtOnce:
      "Tell us if you feel you cannot stay still, or feel you might hurt yourself or someone else.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("SNOMED CT", "24199005", "Feeling agitated", "S111"),
    confirmedCode("CTCAE", "10001497", "Agitation", "S132"),
    confirmedCode("CTCAE", "10038743", "Restlessness", "S132"),
  ],
  alsoCites: ["S68"],
});
