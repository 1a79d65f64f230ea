import type { ManagementStep } from "../types";
import { CALL_EMERGENCY_TEAM, confirmedCode, defineEntry, practiceDefault, sourced } from "./shared";

const URINE_CHECK: ManagementStep = {
  kind: "non-drug",
  text: "Ask about frequency, urgency, pain on passing urine and blood in the urine; test the urine to exclude infection.",
  ...practiceDefault("S56", "S57"),
};

/** Stopping exposure is the one measure that changes the course. */
const STOP_FURTHER_INFUSIONS: ManagementStep = {
  kind: "infusion",
  text: "Stop further ketamine infusions: stopping is the mainstay of treatment and early stopping improves symptoms.",
  ...sourced("S56", "S117"),
};

const UROLOGY: ManagementStep = {
  kind: "escalation",
  text: "Urology referral. Specialist options include NSAIDs or anticholinergics, intravesical hyaluronate or chondroitin, botulinum toxin and, in severe cases, augmentation cystoplasty.",
  ...sourced("S56", "S117"),
};

export const ketamineCystitis = defineEntry({
  id: "ketamine-cystitis",
  clinicalName: "Bladder dysfunction / ketamine-induced cystitis",
  plainName: "Bladder problems",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    text: "Described mostly in chronic recreational users: among people with ketamine uropathy, frequency 77.1%, urgency 69.9% and suprapubic pain 60.4% (45 studies, 4,921 patients). Esketamine: pollakiuria 3% vs 0.5% on placebo. The label warns of severe irritative urinary symptoms with chronic use or abuse. No rate after therapeutic IV pain courses was found.",
    ...sourced("S55", "S20", "S25"),
  },
  onset: ["repeated-use"],
  onsetText: "Insidious, over weeks to months of repeated exposure; tied to high cumulative dose.",
  mechanism: {
    plain:
      "Ketamine and its breakdown products collect in the urine. Over time they can harm the bladder lining.",
    clinical:
      "Ketamine and metabolites concentrated in urine damage the urothelial barrier, causing inflammation, fibrosis and reduced bladder compliance; can progress to hydronephrosis and renal failure.",
    ...sourced("S56", "S104"),
  },
  riskFactors: [
    {
      text: "Past ketamine cystitis or illicit ketamine use",
      screeningRuleIds: ["scr.ketamine-cystitis-history", "scr.substance-use"],
    },
    { text: "High cumulative dose; frequent or long courses", screeningRuleIds: [] },
  ],
  recognition: {
    signs: [
      "Passing urine more often or more urgently",
      "Pain or burning on passing urine; pain low in the belly",
      "Blood in the urine",
    ],
    criterion:
      "Ask at every visit; the BPIC-SS is a validated bladder-pain screener with a cut score (item count and cut-off unconfirmed; not validated for ketamine cystitis).",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Cystitis noninfective",
    grades: {
      1: "Blood in urine on testing only; small rise in frequency, urgency, pain on passing urine or night-time passing of urine; new incontinence.",
      2: "Moderate visible blood in urine; moderate rise in frequency, urgency, pain, night-time passing of urine or incontinence; catheter or bladder irrigation indicated; limits instrumental daily activities.",
      3: "Heavy visible bleeding; transfusion, IV medicines or hospital admission indicated; planned invasive treatment indicated.",
      4: "Life-threatening; urgent invasive treatment needed.",
      5: "Death related to the event.",
    },
    sources: ["S81-b", "S132"],
  },
  management: [
    {
      grades: [1],
      action: "continue",
      steps: [
        URINE_CHECK,
        {
          kind: "escalation",
          text: "Medical review before the next course, weighing benefit against stopping early.",
          ...practiceDefault("S56"),
        },
      ],
    },
    { grades: [2, 3], action: "stop", steps: [URINE_CHECK, STOP_FURTHER_INFUSIONS, UROLOGY] },
    { grades: [4, 5], action: "emergency", steps: [STOP_FURTHER_INFUSIONS, UROLOGY, CALL_EMERGENCY_TEAM] },
  ],
  redFlags: [
    {
      text: "Blood in the urine, flank pain or inability to pass urine: stop future infusions and refer to urology.",
      action: "stop",
      ...practiceDefault("S56", "S104"),
    },
  ],
  redFlagFromGrade: 4,
  patient: {
    name: "Bladder problems",
    whatItFeelsLike:
      "You may need to pass urine more often or in a rush. It may sting or burn, or your lower tummy may hurt. You may see blood in your urine.",
    whyItHappens:
      "The medicine leaves your body in your urine. After many doses it can hurt the lining of your bladder. This is rare with treatment doses.",
    whatWeDo:
      "We ask about your bladder at every visit. If you have problems, we test your urine and stop the drips if needed. Stopping early helps the bladder heal.",
    tellUsAtOnce:
      "Tell us soon about any new bladder change. Get help at once if you see blood in your urine, have pain in your side, or cannot pass urine.",
  },
  contraindicatesFurtherInfusions: "yes",
  codes: [
    confirmedCode("CTCAE", "10063057", "Cystitis noninfective", "S132"),
    confirmedCode("CTCAE", "10046539", "Urinary frequency", "S132"),
    confirmedCode("CTCAE", "10046593", "Urinary urgency", "S132"),
    confirmedCode("CTCAE", "10019450", "Hematuria", "S132"),
  ],
  alsoCites: ["S106", "S53"],
});
