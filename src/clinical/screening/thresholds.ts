import type { Provenance } from "../provenance";

/** A number the screening rules compare against, with where it comes from. */
export interface ScreeningThreshold extends Provenance {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

const threshold = (
  id: string,
  label: string,
  value: number,
  unit: string,
  sources: readonly string[],
  evidence: Provenance["evidence"],
): ScreeningThreshold => ({ id, version: "1", label, value, unit, sources, evidence });

/** Every threshold the screening rules use. Clinics may change the practice defaults. */
export const THRESHOLDS = {
  sbpContraindicated: threshold(
    "thr.sbp-contraindicated",
    "Resting systolic BP above which ketamine is contraindicated (Swiss label)",
    180,
    "mmHg",
    ["S22"],
    "sourced",
  ),
  dbpContraindicated: threshold(
    "thr.dbp-contraindicated",
    "Resting diastolic BP above which ketamine is contraindicated (Swiss label)",
    100,
    "mmHg",
    ["S22"],
    "sourced",
  ),
  sbpReview: threshold(
    "thr.sbp-review",
    "Systolic BP above which delaying the dose should be weighed (esketamine label)",
    140,
    "mmHg",
    ["S19"],
    "sourced",
  ),
  dbpReview: threshold(
    "thr.dbp-review",
    "Diastolic BP above which delaying the dose should be weighed (esketamine label)",
    90,
    "mmHg",
    ["S19"],
    "sourced",
  ),
  sbpLow: threshold(
    "thr.sbp-low",
    "Systolic BP below which the ED protocol excludes",
    90,
    "mmHg",
    ["S64"],
    "sourced",
  ),
  hrLow: threshold(
    "thr.hr-low",
    "Heart rate below which the ED protocol excludes",
    50,
    "/min",
    ["S64"],
    "sourced",
  ),
  hrHigh: threshold(
    "thr.hr-high",
    "Heart rate above which the ED protocol excludes",
    150,
    "/min",
    ["S64"],
    "sourced",
  ),
  rrLow: threshold(
    "thr.rr-low",
    "Breathing rate below which the ED protocol excludes",
    10,
    "/min",
    ["S64"],
    "sourced",
  ),
  rrHigh: threshold(
    "thr.rr-high",
    "Breathing rate above which the ED protocol excludes",
    30,
    "/min",
    ["S64"],
    "sourced",
  ),
  ageOldAbove: threshold(
    "thr.age-old",
    "Age above which the ED low-dose protocol excludes",
    75,
    "years",
    ["S64"],
    "sourced",
  ),
  ageInfantBelow: threshold(
    "thr.age-infant",
    "Age below which the ED low-dose protocol excludes",
    3,
    "months",
    ["S64"],
    "sourced",
  ),
  adultFrom: threshold(
    "thr.adult-age",
    "Age from which the clinic treats as an adult (paediatric chronic-pain dosing is reference only)",
    18,
    "years",
    ["S14"],
    "practice-default",
  ),
  childbearingFrom: threshold(
    "thr.childbearing-from",
    "Youngest age at which a pregnancy test is offered",
    12,
    "years",
    ["S21", "S130", "S147"],
    "practice-default",
  ),
  childbearingBelow: threshold(
    "thr.childbearing-below",
    "Age from which a pregnancy test is no longer offered by default",
    55,
    "years",
    ["S21", "S130", "S147"],
    "practice-default",
  ),
  lftValidDays: threshold(
    "thr.lft-valid-days",
    "Days a liver panel stays current before a repeated course",
    30,
    "days",
    ["S24", "S102"],
    "practice-default",
  ),
  pregnancyTestValidDays: threshold(
    "thr.pregnancy-test-valid-days",
    "Days a negative pregnancy test stays current",
    7,
    "days",
    ["S21", "S147"],
    "practice-default",
  ),
  ecgValidDays: threshold(
    "thr.ecg-valid-days",
    "Days a baseline ECG stays current",
    365,
    "days",
    ["S130"],
    "practice-default",
  ),
  urinalysisValidDays: threshold(
    "thr.urinalysis-valid-days",
    "Days a baseline urinalysis stays current before a repeated course",
    30,
    "days",
    ["S57", "S55"],
    "practice-default",
  ),
} as const;

export const THRESHOLD_LIST: readonly ScreeningThreshold[] = Object.values(THRESHOLDS);
