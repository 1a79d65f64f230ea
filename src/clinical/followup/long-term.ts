/**
 * Monitoring that falls due with exposure to ketamine over months: a bladder check every few infusions or
 * when the lifetime dose passes a level, liver tests before a repeated course (and after infusions for
 * patients at risk), and a periodic check for misuse. "Now" is part of the history; nothing reads a clock.
 */
import type { EpochMs } from "../monitoring/types";
import type { Evidence, Provenance } from "../provenance";
import { THRESHOLDS } from "../screening/thresholds";
import type { Mg } from "../units";

const DAY_MS = 24 * 3_600_000;

export interface ExposureHistory {
  readonly now: EpochMs;
  readonly infusions: readonly { readonly at: EpochMs; readonly dose: Mg }[];
  /** When a bladder check (symptom questionnaire and urine test) was done. */
  readonly urinaryScreens: readonly EpochMs[];
  /** When a liver panel (ALT or AST, ALP, GGT) was taken. */
  readonly liverPanels: readonly EpochMs[];
  readonly misuseScreens: readonly EpochMs[];
  /** The start of the next planned course, when one is planned. */
  readonly nextCourseStartsAt: EpochMs | null;
  /** Baseline liver dysfunction or a risk of it (e.g. alcohol misuse, chronic hepatitis). */
  readonly liverRisk: boolean;
}

export interface LongTermSetting extends Provenance {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

const setting = (
  id: string,
  label: string,
  value: number,
  unit: string,
  sources: readonly string[],
  evidence: Evidence,
): LongTermSetting => ({ id: `fu.lt.${id}`, version: "1.0.0", label, value, unit, sources, evidence });

export const LONG_TERM_SETTINGS = {
  urinaryEveryInfusions: setting(
    "urinary-every-infusions",
    "Bladder check after this many infusions since the last",
    5,
    "infusions",
    ["S57", "S55"],
    "practice-default",
  ),
  urinaryEveryMg: setting(
    "urinary-every-mg",
    "Bladder check each time the lifetime dose passes a multiple of",
    1000,
    "mg",
    ["S55", "S25"],
    "practice-default",
  ),
  misuseEveryDays: setting(
    "misuse-every-days",
    "Misuse check after this many days since the last",
    90,
    "days",
    ["S19-b", "S89", "S130"],
    "practice-default",
  ),
} as const;

export interface LongTermConfig {
  readonly urinaryEveryInfusions: number;
  readonly urinaryEveryMg: number;
  /** A liver panel taken this many days or fewer before a course counts for it (the screening threshold). */
  readonly liverPanelValidDays: number;
  readonly misuseEveryDays: number;
}

export const DEFAULT_LONG_TERM_CONFIG: LongTermConfig = {
  urinaryEveryInfusions: LONG_TERM_SETTINGS.urinaryEveryInfusions.value,
  urinaryEveryMg: LONG_TERM_SETTINGS.urinaryEveryMg.value,
  liverPanelValidDays: THRESHOLDS.lftValidDays.value,
  misuseEveryDays: LONG_TERM_SETTINGS.misuseEveryDays.value,
};

export interface LongTermDue {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly dueBecause: string;
  readonly sources: readonly string[];
  readonly evidence: Evidence;
}

export interface LongTermCheck extends Provenance {
  readonly title: string;
  /** Why it is due, or null when it is not. */
  readonly due: (h: ExposureHistory, c: LongTermConfig) => string | null;
}

const last = (times: readonly EpochMs[], now: EpochMs): EpochMs | null => {
  const past = times.filter((t) => t <= now);
  return past.length === 0 ? null : Math.max(...past);
};

const day = (t: EpochMs): string => new Date(t).toISOString().slice(0, 10);

const given = (h: ExposureHistory) =>
  [...h.infusions].filter((i) => i.at <= h.now).sort((a, b) => a.at - b.at);

export const LONG_TERM_CHECKS: readonly LongTermCheck[] = [
  {
    id: "fu.lt.urinary-screen",
    version: "1.0.0",
    sources: ["S57", "S55", "S56"],
    evidence: "practice-default",
    title: "Bladder check: urinary symptom questionnaire and urine test",
    due: (h, c) => {
      const since = last(h.urinaryScreens, h.now) ?? Number.NEGATIVE_INFINITY;
      const infusions = given(h);
      const after = infusions.filter((i) => i.at > since);
      const reasons: string[] = [];
      if (after.length >= c.urinaryEveryInfusions)
        reasons.push(
          `${after.length} infusions since the last bladder check (check every ${c.urinaryEveryInfusions})`,
        );
      const total = infusions.reduce((s, i) => s + i.dose, 0);
      const atCheck = infusions.filter((i) => i.at <= since).reduce((s, i) => s + i.dose, 0);
      const passed = Math.floor(total / c.urinaryEveryMg) * c.urinaryEveryMg;
      if (passed > 0 && atCheck < passed)
        reasons.push(`the lifetime dose (${total} mg) passed ${passed} mg since the last bladder check`);
      return reasons.length === 0 ? null : `${reasons.join("; ")}.`;
    },
  },
  {
    id: "fu.lt.liver-before-course",
    version: "1.0.0",
    sources: ["S24", "S130", "S52"],
    evidence: "sourced",
    title: "Liver tests (ALT or AST, ALP, GGT, bilirubin) before the next course",
    due: (h, c) => {
      if (h.nextCourseStartsAt === null || given(h).length === 0) return null;
      const from = h.nextCourseStartsAt - c.liverPanelValidDays * DAY_MS;
      const recent = h.liverPanels.some((t) => t <= h.now && t >= from && t <= h.nextCourseStartsAt!);
      return recent
        ? null
        : `A repeated course starts on ${day(h.nextCourseStartsAt)} and no liver panel is on file from the ${c.liverPanelValidDays} days before it.`;
    },
  },
  {
    id: "fu.lt.liver-after-infusions",
    version: "1.0.0",
    sources: ["S130", "S24"],
    evidence: "sourced",
    title: "Liver tests after infusions, for a patient at risk of liver injury",
    due: (h) => {
      const infusions = given(h);
      if (!h.liverRisk || infusions.length === 0) return null;
      const lastInfusion = infusions[infusions.length - 1]!.at;
      const lastPanel = last(h.liverPanels, h.now);
      return lastPanel !== null && lastPanel > lastInfusion
        ? null
        : `At risk of liver injury, and no liver panel since the infusion on ${day(lastInfusion)}.`;
    },
  },
  {
    id: "fu.lt.misuse-screen",
    version: "1.0.0",
    sources: ["S19-b", "S89", "S130"],
    evidence: "practice-default",
    title: "Check for misuse: escalating requests, use outside the clinic, diversion",
    due: (h, c) => {
      const infusions = given(h);
      if (infusions.length === 0) return null;
      const lastScreen = last(h.misuseScreens, h.now);
      if (lastScreen === null) return "No misuse check is on file since infusions began.";
      const days = Math.floor((h.now - lastScreen) / DAY_MS);
      return days >= c.misuseEveryDays
        ? `${days} days since the last misuse check (every ${c.misuseEveryDays}).`
        : null;
    },
  },
];

/**
 * The long-term checks due now, in a fixed order, each with why.
 * @example longTermDue(history)[0].id // "fu.lt.urinary-screen"
 */
export function longTermDue(
  history: ExposureHistory,
  config: LongTermConfig = DEFAULT_LONG_TERM_CONFIG,
): LongTermDue[] {
  return LONG_TERM_CHECKS.flatMap((check) => {
    const dueBecause = check.due(history, config);
    if (dueBecause === null) return [];
    const { id, version, title, sources, evidence } = check;
    return [{ id, version, title, dueBecause, sources, evidence }];
  });
}
