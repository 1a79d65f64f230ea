import type { ManagementBand, ManagementStep, RedFlag } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  CALM_ROOM,
  confirmedCode,
  defineEntry,
  MIDAZOLAM_RESCUE,
  MIDAZOLAM_WEIGHT_BASED,
  otherSpecifyScale,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

// Altered perception is part of the dissociative experience: the fact sheet gives it the same mechanism,
// management and red flags, so both entries share them.

/** The effect tracks plasma concentration, so the rate is the lever; the size of the change is a clinic choice. */
const REDUCE_RATE: ManagementStep = {
  kind: "infusion",
  text: "Reduce the infusion rate; the effect rises and falls with plasma concentration.",
  ...practiceDefault("S47"),
};

const PAUSE: ManagementStep = {
  kind: "infusion",
  text: "Pause the infusion until the patient is settled; restart at a lower rate only after clinician review.",
  ...practiceDefault("S47"),
};

const BANDS: readonly ManagementBand[] = [
  { grades: [1], action: "continue", steps: [CALM_ROOM] },
  { grades: [2], action: "slow", steps: [CALM_ROOM, REDUCE_RATE] },
  { grades: [3], action: "pause", steps: [CALM_ROOM, PAUSE, MIDAZOLAM_RESCUE, MIDAZOLAM_WEIGHT_BASED] },
  { grades: [4, 5], action: "emergency", steps: [STOP_INFUSION, MIDAZOLAM_RESCUE, CALL_EMERGENCY_TEAM] },
];

const RED_FLAGS: readonly RedFlag[] = [
  {
    text: "Dissociation with agitation or danger to self or others: stop the infusion and call for help.",
    action: "stop",
    ...sourced("S18"),
  },
  {
    text: "Not resolved by the end of the observation period: extend monitoring until back to baseline.",
    action: "extend-monitoring",
    ...sourced("S18"),
  },
];

const MECHANISM = {
  plain:
    "Ketamine blocks a signal receptor in the brain. For a while, the parts that sense the world and the parts that give it meaning stop working in step.",
  clinical:
    "NMDA-receptor antagonism functionally separates thalamo-neocortical and limbic systems; the effect scales linearly with plasma concentration over 50–200 ng/mL.",
  ...sourced("S15", "S47"),
};

export const dissociation = defineEntry({
  id: "dissociation",
  clinicalName: "Dissociation (depersonalisation, derealisation)",
  plainName: "Feeling detached or unreal",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 41,
    highPercent: 76,
    text: "Esketamine label table: dissociation 41% vs 9% on placebo; 61–75% had dissociative or perceptual changes on the CADSS; psychomimetic effects in 76% vs 18% in a CRPS trial. Mean CADSS 7.7 (SD 9.2) in 110 IV-ketamine patients.",
    ...sourced("S20", "S19", "S8", "S71"),
  },
  onset: ["during-infusion"],
  onsetText:
    "During the infusion; with 0.5 mg/kg over 40 min it was seen at the 40-min point only. Associated plasma range about 100–250 ng/mL.",
  mechanism: MECHANISM,
  riskFactors: [
    { text: "Higher dose or faster infusion rate", screeningRuleIds: [] },
    { text: "Anxiety before the infusion (unconfirmed)", screeningRuleIds: ["scr.anxiety-history"] },
    { text: "History of a dissociative disorder (unconfirmed)", screeningRuleIds: [] },
  ],
  recognition: {
    signs: [
      "Feels detached from the body or surroundings, or that things are unreal",
      "Time feels slowed; out-of-body sensations",
      "Stares, answers slowly; eyes may stay open with nystagmus",
    ],
    criterion: "A distressing rise on the CADSS prompts slowing or pausing; the cut-off is a clinic default.",
  },
  grading: otherSpecifyScale("Psychiatric disorders – Other, specify (dissociation)"),
  management: BANDS,
  redFlags: RED_FLAGS,
  redFlagFromGrade: 4,
  patient: {
    name: "Feeling detached",
    whatItFeelsLike:
      "You may feel as if you are outside your body, or the room does not seem real. Time may seem to slow down. It can feel strange, but it passes.",
    whyItHappens:
      "The medicine blocks a signal in the brain for a short time. Parts of the brain that sense the world stop working in step.",
    whatWeDo:
      "We tell you what to expect before we start. We keep the room quiet and dim. We stay close. If it feels too strong, we slow or pause the drip, and we can give a calming medicine.",
    tellUsAtOnce:
      "Tell us if it feels scary or too much. Tell us if you still feel strange when it is time to go home.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [confirmedCode("CTCAE", "10037175", "Psychiatric disorders – Other, specify", "S132")],
  alsoCites: ["S103", "S17", "S69"],
});

export const alteredPerception = defineEntry({
  id: "altered-perception",
  clinicalName: "Altered sensory perception",
  plainName: "Changes in how things look, sound or feel",
  tier: "common",
  evidence: "sourced",
  incidence: {
    lowPercent: 4,
    highPercent: 19,
    text: "Esketamine label table: hypoaesthesia 18% vs 2% on placebo; dysgeusia 19% vs 14%; feeling drunk 5% vs 0.5%; euphoric mood 4% vs 1%.",
    ...sourced("S20"),
  },
  onset: ["during-infusion"],
  onsetText: "During the infusion, together with dissociation.",
  mechanism: {
    ...MECHANISM,
    clinical: `${MECHANISM.clinical} Distortions of time, space, colour and sound are items on the CADSS.`,
    sources: [...MECHANISM.sources, "S69"],
  },
  riskFactors: [{ text: "Higher dose or faster infusion rate", screeningRuleIds: [] }],
  recognition: {
    signs: [
      "Sounds, light or colours seem changed",
      "Numbness or tingling; odd taste",
      "Feels drunk or unusually cheerful",
    ],
  },
  grading: otherSpecifyScale("Psychiatric disorders – Other, specify (altered sensory perception)"),
  management: BANDS,
  redFlags: RED_FLAGS,
  redFlagFromGrade: 4,
  patient: {
    name: "Changes in your senses",
    whatItFeelsLike:
      "Sounds, lights and colours may seem different. Parts of your body may feel numb or tingly. Food may taste odd, or you may feel a bit drunk.",
    whyItHappens:
      "The medicine changes how your brain handles what you see, hear and feel. The change lasts only while the medicine is working.",
    whatWeDo:
      "We keep the room calm and dim. You can close your eyes if that helps. If it feels too strong, we slow or pause the drip.",
    tellUsAtOnce:
      "Tell us if the changes scare you, or if they have not gone away when it is time to go home.",
  },
  contraindicatesFurtherInfusions: "no",
  codes: [
    confirmedCode("CTCAE", "10013911", "Dysgeusia", "S132"),
    confirmedCode("CTCAE", "10015533", "Euphoria", "S132"),
    confirmedCode("CTCAE", "10062872", "Dysesthesia", "S132"),
    confirmedCode("CTCAE", "10033987", "Paresthesia", "S132"),
  ],
});
