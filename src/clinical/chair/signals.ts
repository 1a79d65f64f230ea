/** The monitor feed and the vitals trend, read from the chart. */
import { VITAL_SIGNS } from "../monitoring/types";
import { type ChairConfig, settingMs } from "./config";
import type { ChartEntry } from "./entries";
import type { FeedView, Phase, TrendPoint } from "./view";

const MINUTE = 60_000;
const TREND_MINUTES = 90;
const IN_CHAIR: ReadonlySet<Phase> = new Set(["pre-checks", "infusing", "paused", "observing"]);

/**
 * The bound monitor (the latest `monitor` entry) and when the server last heard from it. Silence is judged
 * on the time readings were stored, which is the server's clock, not the device's.
 */
export function feedView(
  effective: readonly ChartEntry[],
  phase: Phase,
  now: number,
  config: ChairConfig,
): FeedView {
  let binding: ChartEntry | null = null;
  for (const e of effective) {
    if (
      e.body.kind === "monitor" &&
      (binding === null || e.at > binding.at || (e.at === binding.at && e.seq > binding.seq))
    )
      binding = e;
  }
  const deviceId = binding?.body.kind === "monitor" ? binding.body.deviceId : null;
  if (binding === null || deviceId === null) return { deviceId: null, lastReadingAt: null, stale: false };
  let lastReadingAt: number | null = null;
  for (const e of effective) {
    if (
      e.body.kind === "vitals" &&
      e.source === deviceId &&
      (lastReadingAt === null || e.recordedAt > lastReadingAt)
    ) {
      lastReadingAt = e.recordedAt;
    }
  }
  const silentSince = Math.max(lastReadingAt ?? binding.at, binding.at);
  const stale = IN_CHAIR.has(phase) && now - silentSince > settingMs(config, "chair.timing.feed-stale");
  return { deviceId, lastReadingAt, stale };
}

/** Vital signs merged per minute over the last 90 minutes; within a minute the latest reading wins. */
export function trend(effective: readonly ChartEntry[], now: number): TrendPoint[] {
  const from = now - TREND_MINUTES * MINUTE;
  const buckets = new Map<
    number,
    { at: number; values: Record<string, number>; taken: Record<string, number> }
  >();
  for (const e of effective) {
    const b = e.body;
    if (b.kind !== "vitals" || e.at < from || e.at > now) continue;
    const minute = Math.floor(e.at / MINUTE) * MINUTE;
    let point = buckets.get(minute);
    if (!point) {
      point = { at: minute, values: {}, taken: {} };
      buckets.set(minute, point);
    }
    for (const sign of VITAL_SIGNS) {
      const v = b[sign];
      if (v === undefined || (point.taken[sign] ?? Number.NEGATIVE_INFINITY) > e.at) continue;
      point.values[sign] = v;
      point.taken[sign] = e.at;
    }
  }
  return [...buckets.values()].sort((a, b) => a.at - b.at).map(({ at, values }) => ({ at, values }));
}
