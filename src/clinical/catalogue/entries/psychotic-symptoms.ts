import type { ManagementStep } from "../types";
import {
  CALL_EMERGENCY_TEAM,
  CALM_ROOM,
  confirmedCode,
  defineEntry,
  MIDAZOLAM_RESCUE,
  practiceDefault,
  STOP_INFUSION,
  sourced,
} from "./shared";

/** The CRPS programme gives the dose but not the route; the route is the clinic's choice. */
const LORAZEPAM: ManagementStep = {
  kind: "drug",
  text: "Lorazepam for dysphoria or hallucinations, as used in a CRPS infusion programme (the source gives no route).",
  drug: { drug: "lorazepam", dose: "1–2 mg", route: "IV" },
  ...practiceDefault("S10"),
};

const MEDICAL_REVIEW: ManagementStep = {
  kind: "escalation",
  text: "Medical review before any further infusion; true psychosis excludes the patient from future infusions.",
  ...practiceDefault("S101", "S130"),
};

export const psychoticSymptoms = defineEntry({
  id: "psychotic-symptoms",
  clinicalName: "Psychotic symptoms (hallucinations, delusions)",
  plainName: "Seeing or believing things that are not real",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    highPercent: 12,
    text: "Part of emergence reactions (about 12% after anaesthetic doses); no hallucinations in a 5-day CRPS infusion study. Healthy volunteers show psychedelic effects rising linearly with concentration over 50–200 ng/mL; people with stable schizophrenia worsened on the BPRS at 0.1–0.5 mg/kg.",
    ...sourced("S62", "S9", "S47", "S101"),
  },
  onset: ["during-infusion", "within-hours"],
  onsetText: "During the infusion or on coming round; emergence phenomena can recur up to 24 h.",
  mechanism: {
    plain:
      "Blocking one brain receptor lets another brain signal run too high for a while, which can bend what you see and believe.",
    clinical:
      "NMDA antagonism produces a hyperglutamatergic state; lamotrigine pre-treatment attenuates it in volunteers.",
    ...sourced("S31"),
  },
  riskFactors: [
    { text: "Current or past psychotic illness", screeningRuleIds: ["scr.psychosis-history"] },
    { text: "Family history of psychosis (unconfirmed)", screeningRuleIds: ["scr.psychosis-history"] },
    { text: "Higher dose", screeningRuleIds: [] },
  ],
  recognition: {
    signs: [
      "Sees or hears things that are not there and takes them as real",
      "Fixed false beliefs; suspicious or fearful of staff",
      "Disorganised speech or behaviour",
    ],
    criterion:
      "A rise on the 4-item BPRS positive subscale; RASS +3 or higher with psychotic features is a red flag (cut-off is a clinic default).",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Psychosis",
    grades: {
      1: "Mild psychotic symptoms.",
      2: "Moderate psychotic symptoms (for example disorganised speech, impaired reality testing).",
      3: "Severe psychotic symptoms (for example paranoia, extreme disorganisation); hospital admission not needed; new onset.",
      4: "Life-threatening, or threats of harm to self or others; hospital admission indicated.",
      5: "Death related to the event.",
    },
    sources: ["S132"],
  },
  management: [
    {
      grades: [1],
      action: "slow",
      steps: [CALM_ROOM, { kind: "infusion", text: "Slow the infusion.", ...practiceDefault("S47") }],
    },
    {
      grades: [2],
      action: "pause",
      steps: [
        CALM_ROOM,
        {
          kind: "infusion",
          text: "Pause the infusion; restart at a lower rate only if symptoms clear and a clinician agrees.",
          ...practiceDefault("S47"),
        },
        MIDAZOLAM_RESCUE,
        LORAZEPAM,
      ],
    },
    {
      grades: [3],
      action: "stop",
      steps: [CALM_ROOM, STOP_INFUSION, MIDAZOLAM_RESCUE, LORAZEPAM, MEDICAL_REVIEW],
    },
    {
      grades: [4, 5],
      action: "emergency",
      steps: [
        STOP_INFUSION,
        MIDAZOLAM_RESCUE,
        {
          kind: "escalation",
          text: "Psychiatric emergency: keep the patient and staff safe and arrange urgent psychiatric assessment.",
          ...practiceDefault("S101"),
        },
        CALL_EMERGENCY_TEAM,
      ],
    },
  ],
  redFlags: [
    {
      text: "Psychosis that persists after recovery, or threats to self or others: psychiatric emergency.",
      action: "emergency",
      ...practiceDefault("S101", "S62"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Seeing or believing things that are not real",
    whatItFeelsLike:
      "You may see or hear things that are not there. You may feel sure of odd ideas, or feel that people want to harm you. This is rare.",
    whyItHappens:
      "The medicine changes the balance of signals in your brain for a short time. This is more likely at higher doses or if you have had a mental health illness like this before.",
    whatWeDo:
      "We keep you safe and calm. We slow, pause or stop the drip, and we can give a calming medicine. A doctor will talk with you before any more drips.",
    tellUsAtOnce:
      "Tell us about any past mental health illness before you start. Tell us at once if you see or hear things that scare you, or have thoughts of hurting anyone.",
  },
  contraindicatesFurtherInfusions: "review",
  codes: [
    confirmedCode("SNOMED CT", "7011001", "Hallucinations", "S116"),
    confirmedCode("CTCAE", "10019077", "Hallucinations", "S132"),
    confirmedCode("CTCAE", "10012260", "Delusions", "S132"),
    confirmedCode("CTCAE", "10037234", "Psychosis", "S132"),
  ],
  alsoCites: ["S141", "S68"],
});
