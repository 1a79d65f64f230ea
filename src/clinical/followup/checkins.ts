/**
 * When a patient is asked how they are after an infusion: check-ins at set times after the infusion ended,
 * each open for answers from a little before its time until a grace period after it. Times are epoch
 * milliseconds (UTC) and "now" is an argument; nothing here reads a clock.
 */
import type { EpochMs } from "../monitoring/types";
import { type ProducedBy, type Provenance, producedBy } from "../provenance";

const HOUR_MS = 3_600_000;

export interface CheckinSlot extends Provenance {
  /** Short name that stays the same across versions, e.g. "24h"; the id is `fu.checkin.<key>`. */
  readonly key: string;
  /** What the patient and the worklist call it, e.g. "1 day after". */
  readonly label: string;
  /** Hours after the infusion ended at which the check-in falls. */
  readonly afterHours: number;
  /** Hours before that time from which answers are asked for (the check-in is "due"). */
  readonly opensHoursBefore: number;
  /** Hours after that time beyond which an unanswered check-in is "overdue". */
  readonly overdueHoursAfter: number;
}

export interface CheckinConfig {
  readonly slots: readonly CheckinSlot[];
}

const slot = (
  key: string,
  label: string,
  afterHours: number,
  opensHoursBefore: number,
  overdueHoursAfter: number,
): CheckinSlot => ({
  id: `fu.checkin.${key}`,
  key,
  version: "1.0.0",
  // PRO-CTCAE advises asking more often early on; sheets ask for reports of problems within the first day.
  sources: ["S77", "S63", "S124"],
  evidence: "practice-default",
  label,
  afterHours,
  opensHoursBefore,
  overdueHoursAfter,
});

/**
 * 24 h, 72 h and 7 days after the infusion ended. No source sets these times: they are practice defaults a
 * clinic may change. The windows do not overlap, so an answer belongs to one check-in only.
 */
export const DEFAULT_CHECKIN_CONFIG: CheckinConfig = {
  slots: [
    slot("24h", "1 day after", 24, 4, 12),
    slot("72h", "3 days after", 72, 12, 24),
    slot("7d", "7 days after", 168, 24, 48),
  ],
};

export interface Checkin extends ProducedBy {
  /** The slot's id; a check-in is identified by the infusion and this id. */
  readonly id: string;
  /** The slot's short name, e.g. "24h". */
  readonly key: string;
  readonly label: string;
  readonly scheduledAt: EpochMs;
  readonly dueFrom: EpochMs;
  readonly overdueAfter: EpochMs;
}

/** Why a check-in configuration cannot be used, or null when it can. */
export function checkinConfigProblem(config: CheckinConfig): string | null {
  const slots = [...config.slots].sort((a, b) => a.afterHours - b.afterHours);
  if (
    new Set(slots.map((s) => s.id)).size !== slots.length ||
    new Set(slots.map((s) => s.key)).size !== slots.length
  )
    return "Two check-ins share an id.";
  for (const s of slots) {
    if (!(s.afterHours > 0)) return `${s.id}: the check-in must fall after the infusion ended.`;
    if (!(s.opensHoursBefore >= 0) || !(s.overdueHoursAfter > 0))
      return `${s.id}: the window must open at or before the check-in time and close after it.`;
    if (s.afterHours - s.opensHoursBefore < 0) return `${s.id}: the window opens before the infusion ended.`;
  }
  for (let i = 1; i < slots.length; i++) {
    const before = slots[i - 1]!;
    const after = slots[i]!;
    if (before.afterHours + before.overdueHoursAfter > after.afterHours - after.opensHoursBefore)
      return `${before.id} and ${after.id}: windows overlap, so an answer could belong to either.`;
  }
  return null;
}

/**
 * The check-ins after one infusion, earliest first.
 * Throws a RangeError when the configuration is unusable (see `checkinConfigProblem`).
 * @example checkinsFor(endedAt)[0].scheduledAt // endedAt + 24 h
 */
export function checkinsFor(
  infusionEndedAt: EpochMs,
  config: CheckinConfig = DEFAULT_CHECKIN_CONFIG,
): Checkin[] {
  const problem = checkinConfigProblem(config);
  if (problem !== null) throw new RangeError(problem);
  return [...config.slots]
    .sort((a, b) => a.afterHours - b.afterHours)
    .map((s) => {
      const scheduledAt = infusionEndedAt + s.afterHours * HOUR_MS;
      return {
        ...producedBy(s),
        id: s.id,
        key: s.key,
        label: s.label,
        scheduledAt,
        dueFrom: scheduledAt - s.opensHoursBefore * HOUR_MS,
        overdueAfter: scheduledAt + s.overdueHoursAfter * HOUR_MS,
      };
    });
}

export type CheckinStatus = "upcoming" | "due" | "overdue" | "done";

export interface CheckinAnswer {
  readonly checkinId: string;
  readonly submittedAt: EpochMs;
}

export interface CheckinState {
  readonly checkin: Checkin;
  readonly status: CheckinStatus;
  /** The first answer's time, when answered by now. */
  readonly answeredAt: EpochMs | null;
  /** Answered after the check-in had become overdue. */
  readonly late: boolean;
}

/**
 * Where each check-in stands at `now`: done once answered (answers recorded after `now` do not count yet),
 * otherwise upcoming before its window opens, due inside it (both ends included) and overdue after it.
 */
export function checkinStatus(
  checkins: readonly Checkin[],
  answers: readonly CheckinAnswer[],
  now: EpochMs,
): CheckinState[] {
  return checkins.map((checkin) => {
    const times = answers
      .filter((a) => a.checkinId === checkin.id && a.submittedAt <= now)
      .map((a) => a.submittedAt);
    const answeredAt = times.length === 0 ? null : Math.min(...times);
    if (answeredAt !== null)
      return { checkin, status: "done", answeredAt, late: answeredAt > checkin.overdueAfter };
    const status: CheckinStatus =
      now < checkin.dueFrom ? "upcoming" : now <= checkin.overdueAfter ? "due" : "overdue";
    return { checkin, status, answeredAt: null, late: false };
  });
}
