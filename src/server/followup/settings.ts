/**
 * The clinic settings the follow-up uses: what they are, their defaults, how a stored value is checked, and the
 * configurations built from them. Values are stored as versions (`src/store/settings.ts`).
 */
import {
  type CheckinConfig,
  type CheckinSlot,
  checkinConfigProblem,
  DEFAULT_CHECKIN_CONFIG,
} from "../../clinical/followup/checkins";
import { DEFAULT_TRIAGE_CONFIG, type TriageConfig } from "../../clinical/followup/triage";
import { findClinic } from "../../store/clinics";
import type { Executor } from "../../store/db";
import { currentSettings, type Setting } from "../../store/settings";

export interface SettingDefinition {
  readonly key: string;
  readonly label: string;
  readonly default: unknown;
  /** Why a value cannot be used, or null. */
  problem(value: unknown): string | null;
}

const HOUR = 1;
const DEFAULT_HOURS = DEFAULT_CHECKIN_CONFIG.slots.map((s) => s.afterHours);

/** Check-ins at the given hours after the infusion: a default slot keeps its window, others get one in proportion. */
export function checkinConfigFor(hours: readonly number[]): CheckinConfig {
  const slots = [...hours]
    .sort((a, b) => a - b)
    .map((afterHours): CheckinSlot => {
      const known = DEFAULT_CHECKIN_CONFIG.slots.find((s) => s.afterHours === afterHours);
      if (known) return known;
      const days = afterHours / 24;
      return {
        id: `fu.checkin.${afterHours}h`,
        key: `${afterHours}h`,
        version: "1.0.0+clinic",
        sources: ["S77"],
        evidence: "practice-default",
        label: Number.isInteger(days)
          ? `${days} day${days === 1 ? "" : "s"} after`
          : `${afterHours} hour${afterHours === 1 ? "" : "s"} after`,
        afterHours,
        // A window a sixth of the time before and a quarter after: narrow early, wider later, as the defaults.
        opensHoursBefore: Math.max(HOUR, Math.round(afterHours / 6)),
        overdueHoursAfter: Math.max(HOUR, Math.round(afterHours / 4)),
      };
    });
  return { slots };
}

const textOrNull = (max: number) => (value: unknown) =>
  value === null || (typeof value === "string" && value.trim().length > 0 && value.length <= max)
    ? null
    : `must be text of 1 to ${max} characters, or null for the default`;

export const SETTINGS: readonly SettingDefinition[] = [
  {
    key: "followup.checkin-hours",
    label: "Check-ins after each infusion (hours after it ended)",
    default: DEFAULT_HOURS,
    problem: (value) => {
      if (!Array.isArray(value) || value.length === 0 || value.length > 10)
        return "must be a list of 1 to 10 numbers";
      if (value.some((h) => typeof h !== "number" || !Number.isInteger(h) || h < 1 || h > 24 * 90)) {
        return "each must be a whole number of hours from 1 to 2160";
      }
      return checkinConfigProblem(checkinConfigFor(value as number[]));
    },
  },
  {
    key: "followup.response-time-text",
    label: "What patients are told about when their reports are read (null: the default wording)",
    default: null,
    problem: textOrNull(600),
  },
  {
    key: "followup.emergency-number",
    label: "The local emergency number told to patients (null: 'your local emergency number')",
    default: null,
    problem: textOrNull(20),
  },
];

export const settingDefinition = (key: string) => SETTINGS.find((s) => s.key === key);

const settingValue = (settings: Map<string, Setting>, key: string): unknown =>
  settings.has(key) ? settings.get(key)!.value : settingDefinition(key)!.default;

/** The clinic's follow-up configuration from its settings. */
export async function followupConfig(
  db: Executor,
  clinicId: string,
): Promise<{ checkins: CheckinConfig; triage: TriageConfig; clinicName: string }> {
  const [settings, clinic] = await Promise.all([currentSettings(db, clinicId), findClinic(db, clinicId)]);
  return {
    checkins: checkinConfigFor(settingValue(settings, "followup.checkin-hours") as number[]),
    triage: {
      ...DEFAULT_TRIAGE_CONFIG,
      clinicPhone: clinic?.phone ?? null,
      emergencyNumber: settingValue(settings, "followup.emergency-number") as string | null,
      responseTimePromise: settingValue(settings, "followup.response-time-text") as string | null,
    },
    clinicName: clinic?.name ?? "",
  };
}
