/**
 * Chart data for uPlot from the session's trend, history and curve. uPlot wants one shared, sorted time
 * axis (seconds) and one value per series at each time (null where a series has none).
 */
import type { ChartScoreScale } from "../../../src/clinical/chair/entries";
import type { HistoryEntry, RateSegmentView, TrendPoint } from "../../../src/clinical/chair/view";
import type { VitalSign } from "../../../src/clinical/monitoring/types";

export interface Column {
  /** Epoch milliseconds, any order. */
  readonly at: readonly number[];
  readonly values: readonly (number | null)[];
}

/** Merges columns onto one time axis in seconds: [times, ...one array per column]. */
export function align(columns: readonly Column[]): [number[], ...(number | null)[][]] {
  const times = [...new Set(columns.flatMap((c) => c.at))].sort((a, b) => a - b);
  const index = new Map(times.map((t, i) => [t, i]));
  const out = columns.map((c) => {
    const row: (number | null)[] = times.map(() => null);
    c.at.forEach((t, i) => {
      row[index.get(t)!] = c.values[i] ?? null;
    });
    return row;
  });
  return [times.map((t) => t / 1000), ...out];
}

/** One vital sign's points from the trend. */
export function vitalColumn(trend: readonly TrendPoint[], sign: VitalSign): Column {
  const points = trend.filter((p) => p.values[sign] !== undefined);
  return { at: points.map((p) => p.at), values: points.map((p) => p.values[sign]!) };
}

/**
 * The pump rate as steps: each running stretch starts at its rate and drops to 0 when it ends (or at
 * `now` while it runs), so pauses show as gaps at zero.
 */
export function rateColumn(segments: readonly RateSegmentView[], now: number): Column {
  const at: number[] = [];
  const values: number[] = [];
  segments.forEach((s, i) => {
    at.push(s.from);
    values.push(s.rateMgPerHour);
    const end = s.to ?? now;
    if (segments[i + 1]?.from !== end) {
      at.push(end);
      values.push(s.to === null ? s.rateMgPerHour : 0);
    }
  });
  return { at, values };
}

/** The entries still in force (amended ones with their new content; withdrawn ones left out). */
export const inForce = (history: readonly HistoryEntry[]) =>
  history.filter((h) => h.status !== "entered-in-error");

/** The charted values of one score scale. */
export function scoreColumn(history: readonly HistoryEntry[], scale: ChartScoreScale): Column {
  const points = inForce(history).flatMap((h) =>
    h.current.kind === "score" && h.current.scale === scale
      ? [{ at: h.entry.at, value: h.current.value }]
      : [],
  );
  return { at: points.map((p) => p.at), values: points.map((p) => p.value) };
}

/**
 * The predicted plasma concentration in ng/mL (the unit the PK bands use), split where the forecast begins:
 * `sofar` for the rates that ran, `forecast` for the current rate carried on to the planned end. Both hold
 * the point at `forecastFrom`, so the two lines meet; with no forecast (stopped) all of it is `sofar`.
 */
export function pkColumns(pk: {
  at: readonly number[];
  concentrationMgPerL: readonly number[];
  forecastFrom: number | null;
}): { sofar: Column; forecast: Column } {
  const from = pk.forecastFrom ?? Number.POSITIVE_INFINITY;
  const pick = (keep: (t: number) => boolean): Column => {
    const idx = pk.at.flatMap((t, i) => (keep(t) ? [i] : []));
    return { at: idx.map((i) => pk.at[i]!), values: idx.map((i) => pk.concentrationMgPerL[i]! * 1000) };
  };
  // The forecast starts at `now`, between grid minutes: it takes the last point at or before it.
  const joint = Math.max(...pk.at.filter((t) => t <= from), Number.NEGATIVE_INFINITY);
  return {
    sofar: pick((t) => t <= from),
    forecast: pk.forecastFrom === null ? { at: [], values: [] } : pick((t) => t >= joint),
  };
}

/** The ±percent band around a baseline value, or null when there is no baseline. */
export function baselineBand(
  baseline: number | undefined,
  percent = 20,
): { low: number; high: number } | null {
  if (baseline === undefined) return null;
  return { low: baseline * (1 - percent / 100), high: baseline * (1 + percent / 100) };
}

/**
 * The x range (seconds) for a time chart from its sorted time axis: the data's own span, widened to at
 * least `minSpanSec` from its start. It reads the times themselves because for a single point uPlot hands
 * the range function a span of its own (1,000 days when the axis is in seconds), not the data's.
 */
export function timeRange(times: ArrayLike<number>, minSpanSec = 3600): [number, number] {
  if (times.length === 0) {
    const now = Date.now() / 1000;
    return [now - minSpanSec, now];
  }
  const min = times[0]!;
  const max = times[times.length - 1]!;
  return max - min < minSpanSec ? [min, min + minSpanSec] : [min, max];
}
