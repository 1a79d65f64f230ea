/** From an evaluation form to the screening rules and back: input mapping, impossible values, re-checks. */
import type { ConditionCode, ScreeningInput } from "../../clinical/screening/input";
import type { Finding } from "../../clinical/screening/screen";
import type { Patient } from "../../store/patients";
import type { FieldError } from "../errors";
import type { EvaluationContent } from "./schemas";

/** How far a clock may run ahead of the server before a time counts as "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Values that pass the schema's ranges but cannot be true together or yet: a systolic pressure not above the
 * diastolic, vitals measured in the future, tests taken after today. Each error names its field under `base`.
 */
export function impossibleValues(content: EvaluationContent, now: Date, base = "/content"): FieldError[] {
  const errors: FieldError[] = [];
  const { vitals } = content;
  if (vitals.sbp <= vitals.dbp) {
    errors.push({
      path: `${base}/vitals/sbp`,
      message: `must be above the diastolic pressure (${vitals.dbp} mmHg)`,
    });
  }
  if (Date.parse(vitals.measuredAt) > now.getTime() + CLOCK_SKEW_MS) {
    errors.push({ path: `${base}/vitals/measuredAt`, message: "must not be in the future" });
  }
  const today = now.toISOString().slice(0, 10);
  content.labs.forEach((lab, i) => {
    if (lab.takenOn > today) {
      errors.push({ path: `${base}/labs/${i}/takenOn`, message: `must not be after today (${today})` });
    }
  });
  if (content.indication.primary === "other" && !content.indication.otherText) {
    errors.push({
      path: `${base}/indication/otherText`,
      message: "is required when the indication is other",
    });
  }
  return errors;
}

/**
 * The screening rules' input for an evaluation form. Depression or anxiety noted with the indication count as
 * history items, so the rules that read them see them.
 */
export function screeningInput(
  content: EvaluationContent,
  patient: Pick<Patient, "dateOfBirth" | "sex">,
  asOf: Date,
): ScreeningInput {
  const conditions = new Set<ConditionCode>(content.conditions);
  if (content.indication.depression) conditions.add("depression");
  if (content.indication.anxiety) conditions.add("anxiety-disorder");
  const { hr, sbp, dbp, spo2, rr } = content.vitals;
  return {
    patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
    asOf: asOf.toISOString(),
    history: {
      conditions: [...conditions],
      ...(content.hypertensionControlled === undefined
        ? {}
        : { hypertensionControlled: content.hypertensionControlled }),
      ...(content.hyperthyroidismTreated === undefined
        ? {}
        : { hyperthyroidismTreated: content.hyperthyroidismTreated }),
    },
    medications: content.medications.map((m) => ({ name: m.name })),
    allergies: content.allergies.map((a) => ({ substance: a.substance })),
    vitals: { hr, sbp, dbp, spo2, rr },
    labs: content.labs,
    exposure: content.exposure,
  };
}

const findingKey = (f: Pick<Finding, "ruleId" | "ruleVersion" | "severity" | "trigger">) =>
  `${f.ruleId}@${f.ruleVersion}:${f.severity}:${f.trigger}`;

/** Whether two sets of findings say something different: another rule, rule version, severity or trigger. */
export function findingsDiffer(before: readonly Finding[], now: readonly Finding[]): boolean {
  const a = before.map(findingKey).sort();
  const b = now.map(findingKey).sort();
  return a.length !== b.length || a.some((k, i) => k !== b[i]);
}

/** A finding as JSON (plain arrays). */
export function findingJson(f: Finding) {
  return { ...f, sources: [...f.sources], relatedSideEffects: [...f.relatedSideEffects] };
}
