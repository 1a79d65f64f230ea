/**
 * The instruments used in the chair and at discharge, as data. Item and anchor text is written in the
 * project's own words; ranges and cut-offs carry the fact sheet's source tags.
 */
import type { ScoreDefinition, ScoreItem } from "./types";

const single = (
  id: string,
  label: string,
  min: number,
  max: number,
  anchors: readonly string[],
): ScoreItem[] => [{ id, label, min, max, anchors }];

export const MOAAS: ScoreDefinition = {
  id: "score.moaas",
  version: "1.0.0",
  sources: ["S67", "S19"],
  evidence: "sourced",
  name: "MOAA/S (Modified Observer's Assessment of Alertness/Sedation)",
  purpose: "How easily the patient can be roused during and after the infusion; 5 is fully alert.",
  items: single("responsiveness", "Response to voice and touch", 0, 5, [
    "No response even to a firm squeeze of the shoulder muscle",
    "Responds only to a firm squeeze of the shoulder muscle",
    "Responds only after a light prod or shake",
    "Responds only when the name is said loudly or more than once",
    "Slow to respond to the name said in a normal voice",
    "Responds straight away to the name said in a normal voice",
  ]),
  bands: [
    {
      min: 0,
      max: 2,
      label: "Deep sedation",
      meaning: "A red flag: stop the infusion, support the airway, call for help.",
    },
    {
      min: 3,
      max: 3,
      label: "Moderate sedation",
      meaning: "Deeper than expected: the sedation alert applies; watch breathing closely.",
    },
    { min: 4, max: 4, label: "Drowsy", meaning: "Expected during an infusion; keep checking." },
    { min: 5, max: 5, label: "Alert", meaning: "Fully awake." },
  ],
  bandsEvidence: "practice-default",
};

export const RASS: ScoreDefinition = {
  id: "score.rass",
  version: "1.0.0",
  sources: ["S68"],
  evidence: "sourced",
  name: "RASS (Richmond Agitation-Sedation Scale)",
  purpose: "One scale from combative (+4) through calm (0) to unrousable (−5).",
  items: single("level", "Agitation or sedation level", -5, 4, [
    "Cannot be roused by voice or touch",
    "No response to voice; moves when touched",
    "Moves or opens eyes to voice but makes no eye contact",
    "Wakes briefly to voice, eye contact under 10 seconds",
    "Not fully alert; stays awake to voice for over 10 seconds",
    "Alert and calm",
    "Restless or anxious, movements not aggressive",
    "Frequent purposeless movement, fights the equipment",
    "Pulls at lines or tubes, or is aggressive",
    "Combative, an immediate danger to staff",
  ]),
  bands: [
    {
      min: -5,
      max: -3,
      label: "Moderate to deep sedation",
      meaning: "A red flag: stop the infusion, support the airway, call for help.",
    },
    {
      min: -2,
      max: -2,
      label: "Light sedation",
      meaning: "Deeper than expected: the sedation alert applies; watch breathing closely.",
    },
    { min: -1, max: -1, label: "Drowsy", meaning: "Expected during an infusion; keep checking." },
    { min: 0, max: 0, label: "Alert and calm", meaning: "No concern." },
    {
      min: 1,
      max: 2,
      label: "Restless or agitated",
      meaning: "Reassure, lower stimulation, consider slowing.",
    },
    {
      min: 3,
      max: 4,
      label: "Severe agitation",
      meaning: "A red flag: stop the infusion and call for help.",
    },
  ],
  bandsEvidence: "practice-default",
};

const cadssItem = (n: number, label: string): ScoreItem => ({
  id: `item${n}`,
  label: `Item ${n} of the full scale: ${label}`,
  min: 0,
  max: 4,
});

export const CADSS6: ScoreDefinition = {
  id: "score.cadss6",
  version: "1.0.0",
  sources: ["S70", "S69", "S69-b"],
  evidence: "practice-default",
  name: "CADSS-6 (six-item Clinician-Administered Dissociative States Scale)",
  purpose:
    "A short rating of dissociation in the chair: items 1, 2, 6, 7, 15 and 22 of the full scale, each scored 0–4.",
  items: [
    cadssItem(1, "time seems to move slowly"),
    cadssItem(2, "surroundings feel unreal or dream-like"),
    cadssItem(6, "feeling cut off from one's own body"),
    cadssItem(7, "the body feels changed in size or shape"),
    cadssItem(15, "losing track of what is happening around them"),
    cadssItem(22, "clinician-observed item: detachment seen during the interview"),
  ],
  bands: [
    { min: 0, max: 0, label: "None", meaning: "No dissociation reported or seen." },
    {
      min: 1,
      max: 11,
      label: "Present",
      meaning: "Expected with ketamine; reassure and keep the room calm.",
    },
    { min: 12, max: 24, label: "High", meaning: "Slow the infusion and stay with the patient." },
  ],
  bandsEvidence: "practice-default",
  adaptation:
    "The six items were chosen retrospectively and are not yet validated; 0–4 item scoring and the 0–24 range are not confirmed by a primary source, so the item range is a clinic-configurable default.",
};

export const PAIN_NRS: ScoreDefinition = {
  id: "score.pain-nrs",
  version: "1.0.0",
  sources: ["S73", "S85"],
  evidence: "sourced",
  name: "Pain numeric rating scale (0–10)",
  purpose: "The patient's own rating of pain now: 0 is no pain, 10 the worst pain they can imagine.",
  items: single("pain", "Pain right now", 0, 10, []),
  bands: [
    { min: 0, max: 0, label: "No pain", meaning: "No pain now." },
    { min: 1, max: 3, label: "Mild", meaning: "Mild pain." },
    { min: 4, max: 6, label: "Moderate", meaning: "Moderate pain." },
    { min: 7, max: 10, label: "Severe", meaning: "Severe pain." },
  ],
  bandsEvidence: "practice-default",
  loinc: "72514-3",
};

const zeroToTwo = (id: string, label: string, anchors: readonly string[]): ScoreItem => ({
  id,
  label,
  min: 0,
  max: 2,
  anchors,
});

export const MODIFIED_ALDRETE: ScoreDefinition = {
  id: "score.modified-aldrete",
  version: "1.0.0",
  sources: ["S75-b", "S75-a", "S75-c", "S75-d"],
  evidence: "sourced",
  name: "Modified Aldrete score",
  purpose: "Recovery after sedation: five items scored 0–2.",
  items: [
    zeroToTwo("activity", "Movement", [
      "Moves no limbs",
      "Moves two limbs on request",
      "Moves all four limbs on request",
    ]),
    zeroToTwo("respiration", "Breathing", [
      "Not breathing",
      "Short of breath or shallow breathing",
      "Breathes deeply and can cough",
    ]),
    zeroToTwo("circulation", "Blood pressure against the pre-infusion value", [
      "Differs by 50% or more",
      "Differs by 20–49%",
      "Within 20%",
    ]),
    zeroToTwo("consciousness", "Awareness", ["Does not respond", "Wakes when called", "Fully awake"]),
    zeroToTwo("oxygenation", "Oxygen saturation", [
      "Below 90% even with oxygen",
      "Needs oxygen to stay above 90%",
      "Above 92% on room air",
    ]),
  ],
  bands: [
    { min: 0, max: 7, label: "Not recovered", meaning: "Keep observing." },
    { min: 8, max: 8, label: "Nearly recovered", meaning: "Below the discharge threshold; reassess soon." },
    {
      min: 9,
      max: 10,
      label: "Recovered",
      meaning: "Meets the total for discharge if breathing and oxygen score 2.",
    },
  ],
  bandsEvidence: "practice-default",
  pass: {
    id: "score.modified-aldrete.pass",
    version: "1.0.0",
    sources: ["S75-a", "S75-c", "S75-d"],
    evidence: "practice-default",
    minTotal: 9,
    minItems: { respiration: 2, oxygenation: 2 },
    text: "Total of 9 or more, with breathing and oxygen saturation each scored 2.",
  },
  adaptation:
    "Sources disagree on the pass mark (9 or more; more than 8; at least 8 with full marks for breathing and oxygen). The default combines the strictest parts: 9 or more and full marks for breathing and oxygen.",
};

export const PADSS_INFUSION: ScoreDefinition = {
  id: "score.padss-infusion",
  version: "1.0.0",
  sources: ["S76", "S76-b", "S76-c"],
  evidence: "practice-default",
  name: "Discharge readiness score adapted from PADSS for ketamine infusions",
  purpose: "Home readiness after an infusion: five items scored 0–2.",
  items: [
    zeroToTwo("vitals", "Blood pressure and pulse against the pre-infusion values", [
      "Differ by more than 40%",
      "Differ by 20–40%",
      "Within 20%",
    ]),
    zeroToTwo("activity-mental", "Orientation and walking", [
      "Neither oriented nor steady on their feet",
      "Oriented or steady, not both",
      "Oriented to person, place and time and walks steadily",
    ]),
    zeroToTwo("pain", "Pain", ["Severe", "Moderate, needed treatment", "Minimal"]),
    zeroToTwo("nausea-vomiting", "Nausea or vomiting", ["Severe", "Moderate, needed treatment", "Minimal"]),
    zeroToTwo("perception", "Dissociation and visual changes", [
      "Still distressing or not settling",
      "Mild and not distressing",
      "Gone",
    ]),
  ],
  bands: [
    { min: 0, max: 8, label: "Not ready", meaning: "Keep observing and reassess every 30 minutes." },
    { min: 9, max: 10, label: "Ready by score", meaning: "Meets the score for discharge." },
  ],
  bandsEvidence: "practice-default",
  pass: {
    id: "score.padss-infusion.pass",
    version: "1.0.0",
    sources: ["S76", "S76-c"],
    evidence: "practice-default",
    minTotal: 9,
    text: "Total of 9 or more, the published PADSS mark for fitness for discharge.",
  },
  adaptation:
    "The published score rates surgical bleeding and fluid intake and output; neither applies to an infusion. Following the modified PADSS, pain and nausea are rated separately and intake/output is dropped; the surgical bleeding item is replaced by a perception item (dissociation and visual changes gone), the effects most likely to delay going home after ketamine. Re-weighting is not validated, so the pass mark is a practice default.",
};

/** Every instrument, in the order the documentation lists them. */
export const SCORE_DEFINITIONS: readonly ScoreDefinition[] = [
  MOAAS,
  RASS,
  CADSS6,
  PAIN_NRS,
  MODIFIED_ALDRETE,
  PADSS_INFUSION,
];
