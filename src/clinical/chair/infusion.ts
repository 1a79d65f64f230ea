/**
 * The infusion as it actually ran: rate segments from the charted start, rate changes, pauses, resumes and
 * stop; the dose delivered; and when the planned dose will have run in at the current rate.
 */
import { type AdministrationRecord, doseDeliveredUpTo } from "../dosing/rate-history";
import type { EpochMs, InfusionStatus } from "../monitoring/types";
import { mgPerHour, minutes } from "../units";
import type { ChartEntry, StopReason } from "./entries";
import type { InfusionView, RateSegmentView } from "./view";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** What the pump is doing after the charted infusion entries, read in the order they happened. */
export interface InfusionCourse {
  readonly status: InfusionStatus;
  readonly startedAt: EpochMs | null;
  readonly endedAt: EpochMs | null;
  readonly stopReason: StopReason | null;
  /** The running segment has `to: null`. */
  readonly segments: readonly RateSegmentView[];
  /** The rate of the latest segment (kept while paused, so the remaining time can be estimated). */
  readonly lastRateMgPerHour: number | null;
}

const INFUSION_KINDS = new Set(["infusion-start", "rate-change", "pause", "resume", "stop"]);

/** The infusion entries among `effective`, in the order they happened (recording order breaks ties). */
export function infusionEntries(effective: readonly ChartEntry[]): ChartEntry[] {
  return effective
    .filter((e) => INFUSION_KINDS.has(e.body.kind))
    .sort((a, b) => a.at - b.at || a.seq - b.seq);
}

/**
 * The course of the infusion. An entry that does not fit the state it meets (a rate change while paused, a
 * second start) is passed over: `entryProblem` refuses such entries, and a correction that leaves one
 * behind must not break the view.
 */
export function infusionCourse(effective: readonly ChartEntry[]): InfusionCourse {
  let status: InfusionStatus = "not-started";
  let startedAt: EpochMs | null = null;
  let endedAt: EpochMs | null = null;
  let stopReason: StopReason | null = null;
  let lastRate: number | null = null;
  const segments: RateSegmentView[] = [];
  const close = (at: EpochMs) => {
    const open = segments.pop();
    if (open) segments.push({ ...open, to: at });
  };
  const open = (at: EpochMs, rate: number) => {
    segments.push({ from: at, to: null, rateMgPerHour: rate });
    lastRate = rate;
  };
  for (const { at, body } of infusionEntries(effective)) {
    if (body.kind === "infusion-start" && status === "not-started") {
      startedAt = at;
      open(at, body.rateMgPerHour);
      status = "infusing";
    } else if (body.kind === "rate-change" && status === "infusing") {
      close(at);
      open(at, body.rateMgPerHour);
    } else if (body.kind === "pause" && status === "infusing") {
      close(at);
      status = "paused";
    } else if (body.kind === "resume" && status === "paused") {
      open(at, body.rateMgPerHour);
      status = "infusing";
    } else if (body.kind === "stop" && (status === "infusing" || status === "paused")) {
      if (status === "infusing") close(at);
      endedAt = at;
      stopReason = body.reason;
      status = "stopped";
    }
  }
  return { status, startedAt, endedAt, stopReason, segments, lastRateMgPerHour: lastRate };
}

/** The segments as administration records in minutes from `origin`. */
function records(segments: readonly RateSegmentView[], origin: EpochMs): AdministrationRecord[] {
  return segments.map((s) => ({
    kind: "rate",
    start: minutes((s.from - origin) / MINUTE),
    stop: s.to === null ? null : minutes((s.to - origin) / MINUTE),
    rate: mgPerHour(s.rateMgPerHour),
  }));
}

/** Dose (mg) the segments have delivered by `at`. */
export function doseDeliveredMg(course: InfusionCourse, at: EpochMs): number {
  if (course.startedAt === null || at <= course.startedAt) return 0;
  return doseDeliveredUpTo(
    records(course.segments, course.startedAt),
    minutes((at - course.startedAt) / MINUTE),
  );
}

/**
 * When the planned dose will have run in: the moment a segment already run reached it, or, from `now`, at the
 * current rate (while paused, at the rate before the pause, so the estimate moves on as the pause lasts).
 * Null before the start, and when there is no rate to run at.
 */
export function expectedEndAt(course: InfusionCourse, plannedDoseMg: number, now: EpochMs): EpochMs | null {
  if (course.startedAt === null) return null;
  if (course.status === "stopped") return course.endedAt;
  let delivered = 0;
  for (const s of course.segments) {
    const to = Math.min(s.to ?? now, now);
    if (to <= s.from) continue;
    const dose = (s.rateMgPerHour * (to - s.from)) / HOUR;
    if (delivered + dose >= plannedDoseMg)
      return s.from + ((plannedDoseMg - delivered) / s.rateMgPerHour) * HOUR;
    delivered += dose;
  }
  const rate = course.lastRateMgPerHour;
  if (rate === null || rate <= 0) return null;
  return now + ((plannedDoseMg - delivered) / rate) * HOUR;
}

/** The infusion as the session view shows it at `now`. */
export function infusionView(course: InfusionCourse, plannedDoseMg: number, now: EpochMs): InfusionView {
  const end = expectedEndAt(course, plannedDoseMg, now);
  const until = course.endedAt ?? now;
  return {
    startedAt: course.startedAt,
    endedAt: course.endedAt,
    stopReason: course.stopReason,
    rateMgPerHour: course.status === "infusing" ? (course.lastRateMgPerHour ?? 0) : 0,
    segments: course.segments,
    doseDeliveredMg: doseDeliveredMg(course, until),
    plannedDoseMg,
    expectedEndAt: end,
    elapsedMin: course.startedAt === null ? 0 : Math.max(0, (until - course.startedAt) / MINUTE),
    remainingMin: end === null ? null : Math.max(0, (end - until) / MINUTE),
  };
}
