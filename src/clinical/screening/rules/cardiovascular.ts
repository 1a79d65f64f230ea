import { THRESHOLDS as T } from "../thresholds";
import { onConditions } from "./helpers";
import type { RuleHit, ScreeningRule } from "./types";

const bp = (sbp: number | undefined, dbp: number | undefined) => `${sbp ?? "?"}/${dbp ?? "?"} mmHg`;
const above = (value: number | undefined, limit: number) => value !== undefined && value > limit;
const below = (value: number | undefined, limit: number) => value !== undefined && value < limit;

export const hypertensionUncontrolled: ScreeningRule = {
  id: "scr.hypertension-uncontrolled",
  version: "1",
  title: "Uncontrolled hypertension or high pre-dose blood pressure",
  severity: "contraindication",
  alsoAs: [
    {
      severity: "caution",
      when: `pre-dose BP is above ${T.sbpReview.value}/${T.dbpReview.value} but not above ${T.sbpContraindicated.value}/${T.dbpContraindicated.value} mmHg`,
    },
  ],
  whenFires: `Hypertension is recorded as not controlled, or the pre-dose resting BP is above ${T.sbpContraindicated.value} systolic or ${T.dbpContraindicated.value} diastolic (contraindication); or above ${T.sbpReview.value} systolic or ${T.dbpReview.value} diastolic (caution). A reading exactly at a cut-off does not fire.`,
  rationale:
    "Ketamine raises blood pressure and heart rate through sympathetic stimulation. The US and UK labels list uncontrolled hypertension as an absolute contraindication and the Swiss label sets the line at a resting 180/100 mmHg. The esketamine label uses 140/90 as a general point at which to weigh delaying the dose.",
  whatToDo:
    "Above 180/100: do not start; recheck after rest and treat or refer for blood pressure control. Above 140/90: recheck after rest, weigh delaying the dose, and if you proceed monitor BP closely during and after the infusion.",
  sources: ["S24", "S23", "S22", "S19", "S15"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "tachycardia", "headache"],
  evaluate: (ctx) => {
    const hits: RuleHit[] = [];
    if (ctx.has("hypertension") && ctx.input.history.hypertensionControlled === false)
      hits.push({ trigger: "hypertension recorded as not controlled", severity: "contraindication" });
    const { sbp, dbp } = ctx.input.vitals ?? {};
    if (above(sbp, T.sbpContraindicated.value) || above(dbp, T.dbpContraindicated.value))
      hits.push({
        trigger: `pre-dose BP ${bp(sbp, dbp)} (above ${T.sbpContraindicated.value}/${T.dbpContraindicated.value})`,
        severity: "contraindication",
      });
    else if (above(sbp, T.sbpReview.value) || above(dbp, T.dbpReview.value))
      hits.push({
        trigger: `pre-dose BP ${bp(sbp, dbp)} (above ${T.sbpReview.value}/${T.dbpReview.value})`,
        severity: "caution",
      });
    return hits;
  },
};

export const hypertensionControlled: ScreeningRule = {
  id: "scr.hypertension-controlled",
  version: "1",
  title: "Hypertension on treatment",
  severity: "caution",
  whenFires:
    "Hypertension is in the history and is recorded as controlled, or its control is not recorded (the trigger says which).",
  rationale:
    "People with hypertension had higher blood pressure peaks during ketamine infusions, and the effect did not wane over repeated infusions. The label asks for continuous cardiac monitoring in hypertensive patients, and the ASRA guideline supports a baseline ECG when cardiovascular risk is high.",
  whatToDo:
    "Confirm control with a resting pre-dose BP, keep usual antihypertensives, monitor BP and ECG during the infusion, and agree in advance what rise will slow or pause it.",
  sources: ["S136", "S99-b", "S130", "S19"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "tachycardia"],
  evaluate: (ctx) => {
    if (!ctx.has("hypertension")) return [];
    const controlled = ctx.input.history.hypertensionControlled;
    if (controlled === false) return [];
    return [
      {
        trigger:
          controlled === true
            ? "hypertension, recorded as controlled"
            : "hypertension, control not recorded: confirm",
      },
    ];
  },
};

export const cardiovascularDisease: ScreeningRule = {
  id: "scr.cardiovascular-disease",
  version: "1",
  title: "Heart disease",
  severity: "contraindication",
  alsoAs: [
    {
      severity: "caution",
      when: "the disease is stable: coronary artery disease, stable heart failure, arrhythmia",
    },
  ],
  whenFires:
    "Unstable angina or active chest pain, recent myocardial infarction or acute heart failure (contraindication); stable coronary artery disease, stable heart failure or arrhythmia (caution).",
  rationale:
    "The rise in heart rate, blood pressure and cardiac work can provoke ischaemia. The UK label contraindicates severe coronary or myocardial disease; a UK nursing guideline contraindicates ischaemic and unstable heart disease; the ED protocol excludes active chest pain and acute heart failure; the ASRA guideline calls poorly controlled cardiovascular disease a relative contraindication. Sources differ on stable disease, so it is a caution here.",
  whatToDo:
    "Unstable or acute disease: do not start; refer for cardiac review. Stable disease: baseline ECG, cardiology input if control is uncertain, continuous ECG and BP monitoring, slower titration.",
  sources: ["S23", "S66", "S64", "S130", "S131"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "tachycardia"],
  evaluate: onConditions([
    ["contraindication", ["unstable-angina", "recent-myocardial-infarction", "acute-heart-failure"]],
    ["caution", ["coronary-artery-disease", "heart-failure", "arrhythmia"]],
  ]),
};

export const aneurysmStrokeIch: ScreeningRule = {
  id: "scr.aneurysm-stroke-ich",
  version: "1",
  title: "Aneurysm, stroke or intracranial bleeding",
  severity: "contraindication",
  whenFires:
    "Aneurysmal vascular disease, arteriovenous malformation, a history of stroke or intracranial haemorrhage, or cerebral trauma.",
  rationale:
    "A rise in blood pressure could rupture an aneurysm or malformation or cause a new bleed. The US label lists aneurysm and a history of stroke as absolute contraindications; the UK label adds cerebrovascular accident and cerebral trauma; the esketamine label contraindicates aneurysmal vascular disease, arteriovenous malformation and a history of intracerebral haemorrhage.",
  whatToDo: "Do not start. Discuss other treatment options.",
  sources: ["S24", "S23", "S21"],
  evidence: "sourced",
  relatedSideEffects: ["hypertension", "headache"],
  evaluate: onConditions([
    [
      "contraindication",
      ["aneurysm", "arteriovenous-malformation", "stroke", "intracranial-haemorrhage", "cerebral-trauma"],
    ],
  ]),
};

export const vitalsUnstable: ScreeningRule = {
  id: "scr.vitals-unstable",
  version: "1",
  title: "Pre-dose vital signs outside safe limits",
  severity: "contraindication",
  whenFires: `Pre-dose systolic BP below ${T.sbpLow.value} mmHg, heart rate below ${T.hrLow.value} or above ${T.hrHigh.value}/min, or breathing rate below ${T.rrLow.value} or above ${T.rrHigh.value}/min.`,
  rationale:
    "The low-dose ED protocol excludes patients with these vital signs. An infusion started on unstable vital signs cannot be judged safely and may hide a new problem.",
  whatToDo: "Do not start today. Find and treat the cause, then recheck before rescheduling.",
  sources: ["S64"],
  evidence: "sourced",
  relatedSideEffects: ["tachycardia", "respiratory-depression"],
  evaluate: (ctx) => {
    const v = ctx.input.vitals ?? {};
    const hits: RuleHit[] = [];
    if (below(v.sbp, T.sbpLow.value))
      hits.push({ trigger: `systolic BP ${v.sbp} mmHg (below ${T.sbpLow.value})` });
    if (below(v.hr, T.hrLow.value) || above(v.hr, T.hrHigh.value))
      hits.push({ trigger: `heart rate ${v.hr}/min (outside ${T.hrLow.value}–${T.hrHigh.value})` });
    if (below(v.rr, T.rrLow.value) || above(v.rr, T.rrHigh.value))
      hits.push({ trigger: `breathing rate ${v.rr}/min (outside ${T.rrLow.value}–${T.rrHigh.value})` });
    return hits;
  },
};
