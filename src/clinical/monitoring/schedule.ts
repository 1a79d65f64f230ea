/**
 * The protocol's observation schedule: which checks are due or overdue at a given time, judged from the
 * events charted so far. Offsets are minutes from the start of the infusion.
 */
import type { Provenance } from "../provenance";
import { type EpochMs, type MonitoringEvent, VITAL_SIGNS } from "./types";

export type CheckKind = "vitals" | "bp-40min" | "sedation" | "dissociation";

export interface CheckSchedule extends Provenance {
  readonly kind: CheckKind;
  readonly label: string;
  readonly rationale: string;
  /** Minutes after the start of the infusion; 0 is the pre-infusion set. */
  readonly offsetsMinutes: readonly number[];
  /** After the last offset, repeat at this interval; null for a one-off check. */
  readonly thenEveryMinutes: number | null;
}

const EARLY_FREQUENT = [0, 15, 30, 45, 60, 90, 120, 150, 180];

export const CHECK_SCHEDULES: readonly CheckSchedule[] = [
  {
    id: "mon.check.vitals",
    version: "1.0.0",
    sources: ["S65", "S136", "S18"],
    evidence: "practice-default",
    kind: "vitals",
    label: "Full set of vital signs (HR, BP, SpO2, RR)",
    rationale:
      "A nursing guideline checks observations every 15 minutes for the first hour, every 30 minutes for the next two hours, then hourly; it checks BP, HR and SpO2 only hourly, so applying the tighter interval to every vital sign is a practice default.",
    offsetsMinutes: EARLY_FREQUENT,
    thenEveryMinutes: 60,
  },
  {
    id: "mon.check.bp-40min",
    version: "1.0.0",
    sources: ["S18", "S19"],
    evidence: "sourced",
    kind: "bp-40min",
    label: "Blood pressure about 40 minutes in",
    rationale: "Blood pressure peaks about 40 minutes after dosing; the esketamine programme checks it then.",
    offsetsMinutes: [40],
    thenEveryMinutes: null,
  },
  {
    id: "mon.check.sedation",
    version: "1.0.0",
    sources: ["S65"],
    evidence: "sourced",
    kind: "sedation",
    label: "Sedation score (MOAA/S or RASS)",
    rationale:
      "Sedation is checked every 15 minutes for the first hour, every 30 minutes for two hours, then hourly.",
    offsetsMinutes: EARLY_FREQUENT,
    thenEveryMinutes: 60,
  },
  {
    id: "mon.check.dissociation",
    version: "1.0.0",
    sources: ["S65", "S70"],
    evidence: "sourced",
    kind: "dissociation",
    label: "Dissociation score (CADSS-6)",
    rationale: "Dysphoria and hallucinations are checked on the same schedule as sedation.",
    offsetsMinutes: EARLY_FREQUENT,
    thenEveryMinutes: 60,
  },
];

/** How early a check may be done, and how late it may be before it is overdue. Practice defaults. */
export const CHECK_WINDOW = { earlyMinutes: 5, graceMinutes: 5 } as const;

export interface Check extends Pick<Provenance, "sources" | "evidence"> {
  readonly scheduleId: string;
  readonly kind: CheckKind;
  readonly label: string;
  readonly dueAt: EpochMs;
  readonly overdueAt: EpochMs;
}

export interface ChecksDue {
  /** Due now and not yet done, within the grace period. */
  readonly due: readonly Check[];
  /** Past the grace period and not done. */
  readonly overdue: readonly Check[];
  /** The next check of each kind that is not yet due. */
  readonly upcoming: readonly Check[];
}

const MINUTE = 60_000;

/** Due times of one schedule up to and including the first one after `now`. */
function dueTimes(s: CheckSchedule, start: EpochMs, now: EpochMs): EpochMs[] {
  const times = s.offsetsMinutes.map((m) => start + m * MINUTE);
  const last = s.offsetsMinutes[s.offsetsMinutes.length - 1]!;
  if (s.thenEveryMinutes !== null) {
    for (let m = last + s.thenEveryMinutes; times[times.length - 1]! <= now; m += s.thenEveryMinutes) {
      times.push(start + m * MINUTE);
    }
  }
  return times;
}

/** Whether one event counts towards a check of this kind (for vitals: towards the full set). */
function counts(kind: CheckKind, e: MonitoringEvent): boolean {
  switch (kind) {
    case "vitals":
      return e.type === "vitals";
    case "bp-40min":
      return e.type === "vitals" && e.values.sbp !== undefined;
    case "sedation":
      return e.type === "score" && (e.scale === "moaas" || e.scale === "rass");
    case "dissociation":
      return e.type === "score" && e.scale === "cadss6";
  }
}

/** Index of the first event at or after `t` in events sorted by time. */
function firstAtOrAfter(sorted: readonly MonitoringEvent[], t: EpochMs): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the charted events between `from` and `to` satisfy a check of this kind. Reads only the events in
 * the window (found by binary search) and stops at the first that settles it, so a session with a monitor
 * reading every second costs little more than one with manual charting.
 */
function satisfied(kind: CheckKind, sorted: readonly MonitoringEvent[], from: EpochMs, to: EpochMs): boolean {
  const seen = new Set<string>();
  for (let i = firstAtOrAfter(sorted, from); i < sorted.length && sorted[i]!.at < to; i++) {
    const e = sorted[i]!;
    if (!counts(kind, e)) continue;
    if (kind !== "vitals") return true;
    for (const sign of Object.keys((e as Extract<MonitoringEvent, { type: "vitals" }>).values))
      seen.add(sign);
    if (VITAL_SIGNS.every((s) => seen.has(s))) return true;
  }
  return false;
}

/**
 * Which observations are due, overdue and coming next. A check at time T is met by charting done from
 * 5 minutes before T until 5 minutes before the next check of the same kind.
 * @example checksDue(start, [], start + 16 * 60_000).due // the 15-minute vitals, sedation and dissociation checks
 */
export function checksDue(
  sessionStart: EpochMs,
  events: readonly MonitoringEvent[],
  now: EpochMs,
): ChecksDue {
  const due: Check[] = [];
  const overdue: Check[] = [];
  const upcoming: Check[] = [];
  const early = CHECK_WINDOW.earlyMinutes * MINUTE;
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const s of CHECK_SCHEDULES) {
    const times = dueTimes(s, sessionStart, now);
    times.forEach((dueAt, i) => {
      const check: Check = {
        scheduleId: s.id,
        kind: s.kind,
        label: s.label,
        dueAt,
        overdueAt: dueAt + CHECK_WINDOW.graceMinutes * MINUTE,
        sources: s.sources,
        evidence: s.evidence,
      };
      if (dueAt > now) {
        if (upcoming.every((u) => u.kind !== s.kind)) upcoming.push(check);
        return;
      }
      const windowEnd = i + 1 < times.length ? times[i + 1]! - early : Number.POSITIVE_INFINITY;
      if (satisfied(s.kind, sorted, dueAt - early, windowEnd)) return;
      (now >= check.overdueAt ? overdue : due).push(check);
    });
  }
  return { due, overdue, upcoming };
}
