/**
 * Every number the monitoring rules compare against, as data with provenance. Values the fact sheet
 * marks UNCONFIRMED are practice defaults: a clinic may change them, and they are never shown as evidence.
 */
import type { Provenance } from "../provenance";

export interface Threshold extends Provenance {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly rationale: string;
}

const t = (
  id: string,
  label: string,
  value: number,
  unit: string,
  sources: readonly string[],
  evidence: Threshold["evidence"],
  rationale: string,
): Threshold => ({ id, version: "1.0.0", label, value, unit, sources, evidence, rationale });

const TIMING_RATIONALE =
  "No source gives alarm delays or hold times for sub-anaesthetic infusions; the sources ask for continuous monitoring, so the delay is a practice default.";

export const THRESHOLDS = [
  t(
    "bp.rise.sbp",
    "Systolic rise over baseline",
    40,
    "mm[Hg]",
    ["S21"],
    "sourced",
    "The esketamine label counts a systolic rise of 40 mmHg or more as a blood pressure event.",
  ),
  t(
    "bp.rise.dbp",
    "Diastolic rise over baseline",
    25,
    "mm[Hg]",
    ["S21"],
    "sourced",
    "The esketamine label counts a diastolic rise of 25 mmHg or more as a blood pressure event.",
  ),
  t(
    "bp.severe.sbp",
    "Systolic above",
    180,
    "mm[Hg]",
    ["S22", "S19"],
    "practice-default",
    "A stop threshold of 180/110 is not stated by any guideline found; 180/100 is a label's pre-dose contraindication.",
  ),
  t(
    "bp.severe.dbp",
    "Diastolic above",
    110,
    "mm[Hg]",
    ["S22", "S19"],
    "practice-default",
    "A stop threshold of 180/110 is not stated by any guideline found; 180/100 is a label's pre-dose contraindication.",
  ),
  t(
    "bp.low.sbp",
    "Systolic below",
    90,
    "mm[Hg]",
    ["S64"],
    "sourced",
    "An emergency-department low-dose protocol treats a systolic below 90 mmHg as unstable.",
  ),
  t(
    "hr.high",
    "Heart rate above",
    120,
    "/min",
    ["S64"],
    "practice-default",
    "A slow-or-pause heart rate of 120/min is unconfirmed in the sources.",
  ),
  t(
    "hr.rise.percent",
    "Heart rate rise over baseline",
    30,
    "%",
    ["S64"],
    "practice-default",
    "Sources give 20–30% over baseline, unconfirmed; the default takes the upper end to limit false alarms.",
  ),
  t(
    "hr.very-high",
    "Heart rate above",
    150,
    "/min",
    ["S64"],
    "sourced",
    "An emergency-department low-dose protocol treats a heart rate above 150/min as unstable.",
  ),
  t(
    "hr.low",
    "Heart rate below",
    50,
    "/min",
    ["S64"],
    "sourced",
    "An emergency-department low-dose protocol treats a heart rate below 50/min as unstable.",
  ),
  t(
    "spo2.low",
    "SpO2 below",
    92,
    "%",
    ["S75-b"],
    "sourced",
    "Recovery scoring gives full marks only above 92% on room air.",
  ),
  t(
    "spo2.critical",
    "SpO2 below",
    88,
    "%",
    ["S132"],
    "sourced",
    "CTCAE v5.0 grades hypoxia with a pulse oximeter reading under 88%.",
  ),
  t(
    "rr.low",
    "Breathing rate below",
    10,
    "/min",
    ["S64"],
    "sourced",
    "An emergency-department low-dose protocol treats a breathing rate below 10/min as unstable.",
  ),
  t(
    "sedation.moaas.moderate",
    "MOAA/S at or below",
    3,
    "{score}",
    ["S67"],
    "practice-default",
    "The pause cut-off on MOAA/S is unconfirmed in the sources.",
  ),
  t(
    "sedation.rass.moderate",
    "RASS at or below",
    -2,
    "{score}",
    ["S68"],
    "practice-default",
    "The pause cut-off on RASS is unconfirmed in the sources.",
  ),
  t(
    "sedation.moaas.deep",
    "MOAA/S at or below",
    2,
    "{score}",
    ["S67"],
    "practice-default",
    "The fact sheet's red flag for sedation (MOAA/S 2 or less) is the stricter of the two unconfirmed stop cut-offs it gives.",
  ),
  t(
    "sedation.rass.deep",
    "RASS at or below",
    -3,
    "{score}",
    ["S68"],
    "practice-default",
    "The fact sheet's red flag for sedation (RASS −3 or less) is the stricter of the two unconfirmed stop cut-offs it gives.",
  ),
  t(
    "dissociation.cadss6.high",
    "CADSS-6 total at or above",
    12,
    "{score}",
    ["S70"],
    "practice-default",
    "No source gives a CADSS-6 cut-off; half the 0–24 range is the default.",
  ),
  t(
    "agitation.rass",
    "RASS at or above",
    3,
    "{score}",
    ["S68"],
    "practice-default",
    "RASS +3 or more as a red flag for agitation is a suggested, unconfirmed cut-off.",
  ),
  t(
    "timing.confirm",
    "Unconfirmed reading becomes an alert after",
    30,
    "s",
    ["S147"],
    "practice-default",
    `A single out-of-range reading is shown but does not page until a second reading agrees or it persists this long. ${TIMING_RATIONALE}`,
  ),
  t(
    "timing.clear-hold",
    "Condition must stay clear for",
    60,
    "s",
    ["S147"],
    "practice-default",
    `An alert clears only after its condition has been gone this long, so a value hovering at the limit does not flap. ${TIMING_RATIONALE}`,
  ),
  t(
    "timing.late-reading",
    "A reading arriving out of order is still judged if it is at most this much older than the newest",
    120,
    "s",
    ["S147"],
    "practice-default",
    `A gateway may deliver readings late or out of order (a retry after a network drop). An abnormal value only seconds old must not be hidden by a newer normal one that happened to arrive first; a much older one describes the past and is charted without alerting. ${TIMING_RATIONALE}`,
  ),
  t(
    "timing.no-vitals",
    "No vital signs while infusing for",
    60,
    "s",
    ["S147", "S18"],
    "practice-default",
    `The label asks for continuous monitoring of vital signs; silence from the monitor is treated as lost data. ${TIMING_RATIONALE}`,
  ),
  t(
    "timing.escalate.bp",
    "Blood pressure alert escalates after",
    600,
    "s",
    ["S21"],
    "practice-default",
    `Blood pressure peaks about 40 minutes in and usually settles; a rise that persists is escalated. ${TIMING_RATIONALE}`,
  ),
  t(
    "timing.escalate.hr",
    "Heart rate alert escalates after",
    600,
    "s",
    ["S64"],
    "practice-default",
    TIMING_RATIONALE,
  ),
  t(
    "timing.escalate.haemodynamic-low",
    "Low pressure or pulse alert escalates after",
    300,
    "s",
    ["S64"],
    "practice-default",
    TIMING_RATIONALE,
  ),
  t(
    "timing.escalate.respiratory",
    "Oxygen or breathing alert escalates after",
    120,
    "s",
    ["S64", "S132"],
    "practice-default",
    TIMING_RATIONALE,
  ),
  t(
    "timing.escalate.sedation",
    "Sedation alert escalates after",
    300,
    "s",
    ["S67", "S68"],
    "practice-default",
    TIMING_RATIONALE,
  ),
  t(
    "timing.escalate.dissociation",
    "Dissociation alert escalates after",
    600,
    "s",
    ["S70"],
    "practice-default",
    TIMING_RATIONALE,
  ),
  t(
    "timing.escalate.no-vitals",
    "Lost-data alert escalates after",
    120,
    "s",
    ["S147"],
    "practice-default",
    TIMING_RATIONALE,
  ),
] as const satisfies readonly Threshold[];

export type ThresholdId = (typeof THRESHOLDS)[number]["id"];

/** Threshold values in force for a clinic: the defaults above, with any overrides it has set. */
export type MonitoringConfig = Readonly<Record<ThresholdId, number>>;

export const DEFAULT_MONITORING_CONFIG: MonitoringConfig = Object.fromEntries(
  THRESHOLDS.map((th) => [th.id, th.value]),
) as MonitoringConfig;

const byId = new Map<string, Threshold>(THRESHOLDS.map((th) => [th.id, th]));

/** The threshold definition behind an id. */
export function threshold(id: ThresholdId): Threshold {
  return byId.get(id)!;
}

/**
 * A clinic's configuration: defaults with overrides. Refuses unknown ids and values that are not finite
 * numbers, or negative delays, so a typo cannot silently switch a rule off.
 * @example configureMonitoring({ "hr.high": 130 })["hr.high"] // 130
 */
export function configureMonitoring(overrides: Readonly<Record<string, number>>): MonitoringConfig {
  const config: Record<string, number> = { ...DEFAULT_MONITORING_CONFIG };
  for (const [id, value] of Object.entries(overrides)) {
    if (!byId.has(id)) throw new RangeError(`Unknown monitoring threshold "${id}"`);
    if (!Number.isFinite(value)) throw new RangeError(`Monitoring threshold "${id}" must be a finite number`);
    if (id.startsWith("timing.") && value < 0) {
      throw new RangeError(`Monitoring threshold "${id}" is a delay and cannot be negative`);
    }
    config[id] = value;
  }
  return config as MonitoringConfig;
}

/** A timing threshold (stored in seconds) in milliseconds. */
export const ms = (config: MonitoringConfig, id: ThresholdId): number => config[id] * 1000;
