import { conditionLabel } from "../context";
import type { ConditionCode, LabName } from "../input";
import { THRESHOLDS as T } from "../thresholds";
import type { ScreeningRule } from "./types";

/** A liver panel for repeated dosing: a transaminase plus ALP and GGT, as the label asks. */
const LFT_PANEL: readonly (readonly LabName[])[] = [["ALT", "AST"], ["ALP"], ["GGT"]];

export const lftBeforeRepeat: ScreeningRule = {
  id: "test.lft-before-repeat",
  version: "1",
  title: "Liver function tests due",
  severity: "caution",
  whenFires: `The plan is a repeated course, or infusions have been given before, or hepatic impairment is recorded — and ALT or AST, ALP and GGT are not all on file from the last ${T.lftValidDays.value} days (a clinic default).`,
  rationale:
    "The label asks for baseline and periodic liver tests, including ALP and GGT, whenever ketamine is given as recurrent doses; the injury is most often cholestatic. The ASRA guideline adds baseline and post-infusion tests for people with liver dysfunction or at risk of it. How often to repeat them is not confirmed, so the look-back period is a clinic default.",
  whatToDo: "Take ALT (or AST), ALP, GGT and bilirubin before this course, and again at the agreed interval.",
  sources: ["S24", "S130", "S52", "S53"],
  evidence: "sourced",
  relatedSideEffects: ["liver-injury"],
  evaluate: (ctx) => {
    const atRisk =
      ctx.repeatedCourse ||
      ctx.present(["hepatic-impairment-moderate", "hepatic-impairment-severe"]).length > 0;
    if (!atRisk) return [];
    const missing = LFT_PANEL.filter((any) => !any.some((n) => ctx.recentLab(n, T.lftValidDays.value)));
    if (missing.length === 0) return [];
    const why = ctx.repeatedCourse ? "repeated course" : "hepatic impairment";
    return [{ trigger: `${why}; no recent ${missing.map((g) => g.join(" or ")).join(", ")}` }];
  },
};

export const pregnancyTest: ScreeningRule = {
  id: "test.pregnancy",
  version: "1",
  title: "Pregnancy test due",
  severity: "caution",
  whenFires: `Sex is female, age is from ${T.childbearingFrom.value} to below ${T.childbearingBelow.value} years (or not known), pregnancy is not already recorded, and there is no pregnancy test from the last ${T.pregnancyTestValidDays.value} days.`,
  rationale:
    "Pregnancy is a contraindication, so it should be excluded before dosing. No source requires a test: the esketamine label advises pregnancy planning and prevention, the ASRA guideline lists pregnancy as a relative contraindication and the US label advises avoiding use in pregnancy. The test and its age range are clinic defaults.",
  whatToDo:
    "Offer a pregnancy test before the infusion, or record the patient's reason for declining and the physician's decision.",
  sources: ["S21", "S130", "S147"],
  evidence: "practice-default",
  relatedSideEffects: [],
  evaluate: (ctx) => {
    if (ctx.input.patient.sex !== "female" || ctx.has("pregnancy")) return [];
    const age = ctx.age?.years;
    if (age !== undefined && (age < T.childbearingFrom.value || age >= T.childbearingBelow.value)) return [];
    if (ctx.recentLab("pregnancy-test", T.pregnancyTestValidDays.value)) return [];
    return [{ trigger: age === undefined ? "female, age not known" : `female, age ${age}` }];
  },
};

/** History items that make cardiovascular disease suspected or its risk high. */
const CARDIAC_RISK: readonly ConditionCode[] = [
  "hypertension",
  "coronary-artery-disease",
  "unstable-angina",
  "recent-myocardial-infarction",
  "heart-failure",
  "acute-heart-failure",
  "arrhythmia",
  "aneurysm",
  "stroke",
];

export const ecg: ScreeningRule = {
  id: "test.ecg",
  version: "1",
  title: "Baseline ECG due",
  severity: "caution",
  whenFires: `Cardiovascular disease or hypertension is recorded and there is no ECG from the last ${T.ecgValidDays.value} days (a clinic default).`,
  rationale:
    "The ASRA guideline recommends a baseline ECG in people with suspected or high risk of cardiovascular disease, to rule out poorly controlled ischaemic heart disease. No test is needed in healthy people. How recent the ECG must be is a clinic default.",
  whatToDo: "Record a 12-lead ECG and have it reviewed before the first infusion.",
  sources: ["S130", "S99-b", "S143"],
  evidence: "sourced",
  relatedSideEffects: ["tachycardia", "hypertension"],
  evaluate: (ctx) => {
    const risks = ctx.present(CARDIAC_RISK);
    if (risks.length === 0 || ctx.recentLab("ECG", T.ecgValidDays.value)) return [];
    return [{ trigger: `${risks.map(conditionLabel).join(", ")}; no recent ECG` }];
  },
};

export const urinaryBaseline: ScreeningRule = {
  id: "test.urinary-baseline",
  version: "1",
  title: "Baseline urinary check due",
  severity: "info",
  whenFires: `The plan is a repeated course (or infusions were given before) and there is no urinalysis from the last ${T.urinalysisValidDays.value} days.`,
  rationale:
    "Bladder damage is linked to repeated exposure, and asking about urinary symptoms at each visit is recommended. A baseline makes later changes visible. No source mandates a baseline test, so this is a clinic default.",
  whatToDo:
    "Record urinary frequency, urgency, pain and blood in the urine (for example with a bladder symptom score) and a urinalysis.",
  sources: ["S57", "S55", "S25"],
  evidence: "practice-default",
  relatedSideEffects: ["ketamine-cystitis"],
  evaluate: (ctx) =>
    ctx.repeatedCourse && !ctx.recentLab("urinalysis", T.urinalysisValidDays.value)
      ? [{ trigger: "repeated course; no recent urinalysis" }]
      : [],
};

export const preDoseBp: ScreeningRule = {
  id: "test.pre-dose-bp",
  version: "1",
  title: "Pre-dose blood pressure not recorded",
  severity: "info",
  whenFires: "No pre-dose systolic and diastolic BP are given.",
  rationale:
    "The BP limits for starting cannot be checked without a reading. The esketamine programme measures BP before every dose.",
  whatToDo: "Measure resting BP (and heart rate, SpO2, breathing rate) before dosing and screen again.",
  sources: ["S18", "S19"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension"],
  evaluate: (ctx) => {
    const v = ctx.input.vitals;
    const has = (x: number | undefined) => x !== undefined && Number.isFinite(x);
    return v && has(v.sbp) && has(v.dbp) ? [] : [{ trigger: "no pre-dose BP on file" }];
  },
};
