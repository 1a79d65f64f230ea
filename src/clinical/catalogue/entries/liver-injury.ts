import type { ManagementStep } from "../types";
import { confirmedCode, defineEntry, practiceDefault, sourced } from "./shared";

const LIVER_TESTS: ManagementStep = {
  kind: "non-drug",
  text: "Liver tests including ALP and GGT at baseline and periodically with recurrent dosing; consider baseline and post-infusion tests in people at risk and with high-dose, frequent infusions.",
  ...sourced("S24", "S130"),
};

/** The fact sheet gives no stop threshold: holding at grade 2 and stopping at grade 3 are clinic defaults. */
const HOLD_COURSES: ManagementStep = {
  kind: "infusion",
  text: "Hold further infusions until liver tests are repeated and reviewed.",
  ...practiceDefault("S24", "S51"),
};

const STOP_COURSES: ManagementStep = {
  kind: "infusion",
  text: "Stop further infusions when the pattern is cholestatic.",
  ...practiceDefault("S24", "S51", "S53"),
};

const HEPATOLOGY: ManagementStep = {
  kind: "escalation",
  text: "Medical review with hepatology advice; imaging of the biliary tree if enzymes stay raised (biliary dilatation, cholangitis and fibrosis are reported).",
  ...sourced("S51"),
};

export const liverInjury = defineEntry({
  id: "liver-injury",
  clinicalName: "Liver injury with repeated or prolonged courses",
  plainName: "Liver strain",
  tier: "rare",
  evidence: "sourced",
  incidence: {
    text: "3 of 6 CRPS patients scheduled for two 100-h S-ketamine infusions developed liver injury during the second exposure; a FAERS and literature series found 14 cases with 21 hepatobiliary events, most for CRPS or chronic pain; dose- and time-dependent cholestatic injury in burn ICU patients. The sources disagree: 101 inpatients on infusions of 72 h or more had statistically but not clinically significant rises.",
    ...sourced("S52", "S51", "S53", "S54"),
  },
  onset: ["within-days", "repeated-use"],
  onsetText: "Days into repeated or continuous courses; the index case arose during the second exposure.",
  mechanism: {
    plain:
      "The liver clears ketamine from the body. Long or repeated courses can strain the liver and its bile ducts.",
    clinical:
      "Mostly a cholestatic pattern of drug-induced liver injury, dose- and time-dependent; biliary dilatation, cholangitis and fibrosis in some reported cases.",
    ...sourced("S24", "S51", "S53"),
  },
  riskFactors: [
    { text: "Liver disease", screeningRuleIds: ["scr.hepatic-impairment"] },
    {
      text: "Alcohol misuse or chronic hepatitis",
      screeningRuleIds: ["scr.hepatic-impairment", "scr.substance-use"],
    },
    { text: "High doses at frequent intervals; long continuous infusions", screeningRuleIds: [] },
  ],
  recognition: {
    signs: [
      "Usually found on blood tests before any symptom",
      "Yellow skin or eyes, dark urine, pale stools, pain in the upper belly",
    ],
    criterion:
      "CTCAE v5.0 with a normal baseline: ALT or AST grade 1 above ULN to 3×ULN, grade 2 above 3–5×, grade 3 above 5–20×, grade 4 above 20×; ALP or GGT grade 1 above ULN to 2.5×, grade 2 above 2.5–5×, grade 3 above 5–20×, grade 4 above 20×; bilirubin grade 1 above ULN to 1.5×, grade 2 above 1.5–3×, grade 3 above 3–10×, grade 4 above 10×.",
  },
  grading: {
    system: "CTCAE",
    systemVersion: "5.0",
    term: "Alkaline phosphatase increased",
    grades: {
      1: "Above the upper limit of normal, up to 2.5 times it (normal baseline).",
      2: "Above 2.5 and up to 5 times the upper limit of normal.",
      3: "Above 5 and up to 20 times the upper limit of normal.",
      4: "Above 20 times the upper limit of normal.",
    },
    sources: ["S132"],
  },
  management: [
    { grades: [1], action: "continue", steps: [LIVER_TESTS] },
    { grades: [2], action: "pause", steps: [LIVER_TESTS, HOLD_COURSES, HEPATOLOGY] },
    { grades: [3, 4], action: "stop", steps: [LIVER_TESTS, STOP_COURSES, HEPATOLOGY] },
  ],
  redFlags: [
    {
      text: "Jaundice, dark urine, pale stools or abdominal pain: medical review before any further infusion.",
      action: "medical-review",
      ...sourced("S63"),
    },
    {
      text: "A cholestatic rise in ALP and GGT: stop further courses (the threshold is a clinic default).",
      action: "stop",
      ...practiceDefault("S24", "S51"),
    },
  ],
  redFlagFromGrade: null,
  patient: {
    name: "Liver strain",
    whatItFeelsLike:
      "Most people feel nothing, and it shows up only on blood tests. Rarely, the skin or eyes turn yellow, urine goes dark or stools go pale, or the upper tummy hurts.",
    whyItHappens:
      "Your liver clears the medicine from your body. Long or repeated courses can strain it. This is rare.",
    whatWeDo:
      "We may test your blood before you start and again during repeat courses. If the tests rise, we hold or stop the drips and ask a liver doctor for advice.",
    tellUsAtOnce:
      "Call us if your skin or eyes turn yellow, your urine goes dark, your stools go pale, or your tummy hurts.",
  },
  contraindicatesFurtherInfusions: "review",
  codes: [
    confirmedCode("CTCAE", "10001675", "Alkaline phosphatase increased", "S132"),
    confirmedCode("CTCAE", "10056910", "GGT increased", "S132"),
    confirmedCode("CTCAE", "10001551", "Alanine aminotransferase increased", "S82", "S132"),
    confirmedCode("CTCAE", "10003481", "Aspartate aminotransferase increased", "S82", "S132"),
    confirmedCode("CTCAE", "10005364", "Blood bilirubin increased", "S82", "S132"),
  ],
  alsoCites: ["S28", "S64"],
});
