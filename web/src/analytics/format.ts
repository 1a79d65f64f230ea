/**
 * Analytics in words and chart series: percentages with their 95 % intervals, the default period, and the
 * incidence table as points with error bars.
 */
import type uPlot from "uplot";
import type { IncidenceJson, Interval, Period } from "../api/followup";

const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

/**
 * A 95 % interval in percent.
 * @example formatCi([8.06, 26]) // "8.1–26.0"
 */
export const formatCi = ([lower, upper]: Interval): string => `${oneDecimal(lower)}–${oneDecimal(upper)}`;

/**
 * An estimate with its interval, as read aloud and printed.
 * @example formatWithCi(15, [8.06, 26]) // "15.0 (95 % CI 8.1–26.0)"
 */
export const formatWithCi = (estimate: number, ci: Interval): string =>
  `${oneDecimal(estimate)} (95 % CI ${formatCi(ci)})`;

/** A share given as 0–1 or null, in percent words; "—" when there was nothing to share out. */
export const formatShare = (share: number | null): string =>
  share === null ? "—" : `${oneDecimal(share * 100)} %`;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last 90 days up to and including today (UTC dates), the page's starting period. */
export function defaultPeriod(today: Date): Period {
  const from = new Date(today);
  from.setUTCDate(from.getUTCDate() - 89);
  return { from: iso(from), to: iso(today) };
}

/** Why a period cannot be asked for, or null. */
export function periodProblem({ from, to }: Period): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return "Choose both dates.";
  return from > to ? "The start must not be after the end." : null;
}

/**
 * The incidence rows as uPlot series on a category axis: x is the row's position, then the estimate and the
 * interval's two ends (drawn as an error bar).
 */
export function incidenceSeries(rows: readonly IncidenceJson[]): uPlot.AlignedData {
  return [
    rows.map((_, i) => i),
    rows.map((r) => r.per100),
    rows.map((r) => r.ci95[0]),
    rows.map((r) => r.ci95[1]),
  ];
}

/** The chart in a sentence: the most frequent effects, for people who cannot see it. */
export function incidenceSummary(rows: readonly IncidenceJson[], infusions: number): string {
  if (rows.length === 0) return `No side effects recorded in ${infusions} infusions.`;
  const top = [...rows]
    .sort((a, b) => b.per100 - a.per100)
    .slice(0, 3)
    .map((r) => `${r.name} ${oneDecimal(r.per100)}`)
    .join(", ");
  return `Side effects per 100 infusions over ${infusions} infusions; most frequent: ${top}.`;
}
