/**
 * The chair's own settings (pre-infusion limits and timing), as data with provenance, and the configuration
 * a clinic runs the chair with: these settings plus the monitoring thresholds and the discharge criteria.
 */
import {
  configureMonitoring,
  DEFAULT_MONITORING_CONFIG,
  type MonitoringConfig,
} from "../monitoring/thresholds";
import { DEFAULT_DISCHARGE_CONFIG, type DischargeConfig } from "../outcomes/discharge";
import type { Provenance } from "../provenance";
import { THRESHOLDS as SCREENING, type ScreeningThreshold } from "../screening/thresholds";

export interface ChairSetting extends Provenance {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly rationale: string;
}

/** A pre-dose limit that is the screening threshold of the same meaning, so the two cannot drift apart. */
const fromScreening = (id: string, s: ScreeningThreshold, rationale: string): ChairSetting => ({
  // The label says which screening threshold this is; its value, sources and evidence are taken as they are.
  id,
  version: "1.0.0",
  label: s.label,
  value: s.value,
  unit: s.unit,
  sources: s.sources,
  evidence: s.evidence,
  rationale,
});

export const CHAIR_SETTINGS = [
  fromScreening(
    "chair.gate.sbp-max",
    SCREENING.sbpContraindicated,
    "A baseline systolic above the screening contraindication blocks the start.",
  ),
  fromScreening(
    "chair.gate.dbp-max",
    SCREENING.dbpContraindicated,
    "A baseline diastolic above the screening contraindication blocks the start.",
  ),
  fromScreening(
    "chair.gate.sbp-min",
    SCREENING.sbpLow,
    "A low baseline systolic means the patient is unstable.",
  ),
  fromScreening("chair.gate.hr-min", SCREENING.hrLow, "A slow baseline pulse means the patient is unstable."),
  fromScreening(
    "chair.gate.hr-max",
    SCREENING.hrHigh,
    "A fast baseline pulse means the patient is unstable.",
  ),
  fromScreening(
    "chair.gate.rr-min",
    SCREENING.rrLow,
    "A slow baseline breathing rate means the patient is unstable.",
  ),
  fromScreening(
    "chair.gate.rr-max",
    SCREENING.rrHigh,
    "A fast baseline breathing rate means the patient is unstable.",
  ),
  {
    id: "chair.gate.spo2-min",
    version: "1.0.0",
    label: "Baseline SpO2 below which the infusion does not start",
    value: 92,
    unit: "%",
    sources: ["S75-b"],
    evidence: "practice-default",
    rationale:
      "No source gives a pre-dose oxygen limit; recovery scoring gives full marks only above 92% on room air, so a patient starts no lower than they must end.",
  },
  {
    id: "chair.timing.physician-escalation",
    version: "1.0.0",
    label: "Unacknowledged high-priority alert goes to the physician after",
    value: 120,
    unit: "s",
    sources: ["S147", "S65"],
    evidence: "practice-default",
    rationale:
      "The sources ask for continuous monitoring and prompt response but give no time for escalating an unanswered alarm; two minutes is a practice default.",
  },
  {
    id: "chair.timing.feed-stale",
    version: "1.0.0",
    label: "A bound monitor is shown as silent after",
    value: 30,
    unit: "s",
    sources: ["S147"],
    evidence: "practice-default",
    rationale:
      "The label asks for continuous monitoring; a monitor that sends nothing for this long is shown as a lost feed. The delay is a practice default.",
  },
] as const satisfies readonly ChairSetting[];

export type ChairSettingId = (typeof CHAIR_SETTINGS)[number]["id"];

const settingById = new Map<string, ChairSetting>(CHAIR_SETTINGS.map((s) => [s.id, s]));

/** The definition behind a chair setting id. */
export function chairSetting(id: ChairSettingId): ChairSetting {
  return settingById.get(id)!;
}

export interface ChairConfig {
  readonly chair: Readonly<Record<ChairSettingId, number>>;
  readonly monitoring: MonitoringConfig;
  readonly discharge: DischargeConfig;
}

export const DEFAULT_CHAIR_CONFIG: ChairConfig = {
  chair: Object.fromEntries(CHAIR_SETTINGS.map((s) => [s.id, s.value])) as Record<ChairSettingId, number>,
  monitoring: DEFAULT_MONITORING_CONFIG,
  discharge: DEFAULT_DISCHARGE_CONFIG,
};

export interface ChairOverrides {
  readonly chair?: Readonly<Record<string, number>>;
  readonly monitoring?: Readonly<Record<string, number>>;
  readonly discharge?: Partial<DischargeConfig>;
}

/**
 * A clinic's chair configuration: the defaults with its overrides. Unknown ids, values that are not finite
 * and negative delays are refused, so a typo cannot switch a check off.
 * @example configureChair({ chair: { "chair.timing.feed-stale": 60 } }).chair["chair.timing.feed-stale"] // 60
 */
export function configureChair(overrides: ChairOverrides = {}): ChairConfig {
  const chair: Record<string, number> = { ...DEFAULT_CHAIR_CONFIG.chair };
  for (const [id, value] of Object.entries(overrides.chair ?? {})) {
    if (!settingById.has(id)) throw new RangeError(`Unknown chair setting "${id}"`);
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Chair setting "${id}" must be a finite number of at least 0`);
    }
    chair[id] = value;
  }
  return {
    chair: chair as Record<ChairSettingId, number>,
    monitoring: configureMonitoring(overrides.monitoring ?? {}),
    discharge: { ...DEFAULT_DISCHARGE_CONFIG, ...overrides.discharge },
  };
}

/** A timing setting (stored in seconds) in milliseconds. */
export const settingMs = (config: ChairConfig, id: ChairSettingId): number => config.chair[id] * 1000;
