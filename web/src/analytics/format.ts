/**
 * Analytics in words and chart series: rates with their 95 % intervals, the default period, and the incidence
 * table as points with error bars.
 */
import type uPlot from "uplot";
import type { IncidenceJson, Interval, OnsetJson, Period, Proportion } from "../api/followup";

const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

/**
 * A rate in percent (or per 100) to one decimal; a dash when there was nothing to count.
 * @example formatRate(15) // "15.0"
 */
export const formatRate = (value: number | null): string => (value === null ? "—" : oneDecimal(value));

/**
 * A 95 % interval in percent; a dash when there was nothing to count.
 * @example formatCi([8.06, 26]) // "8.1–26.0"
 */
export const formatCi = (ci: Interval | null): string =>
  ci === null ? "—" : `${oneDecimal(ci[0])}–${oneDecimal(ci[1])}`;

/**
 * A share with its count and interval, as read aloud and printed.
 * @example formatProportion({ events: 3, n: 4, estimate: 75, lower: 30.1, upper: 95.4 }) // "75.0 % (3 of 4; 95 % CI 30.1–95.4)"
 */
export const formatProportion = (p: Proportion | null): string =>
  p === null
    ? "—"
    : `${oneDecimal(p.estimate)} % (${p.events} of ${p.n}; 95 % CI ${formatCi([p.lower, p.upper])})`;

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

/** The effects worth a column in the chart: those seen at least once (the table lists every one). */
export const chartedRows = (rows: readonly IncidenceJson[]): IncidenceJson[] =>
  rows.filter((r) => r.per100 !== null && r.infusions > 0);

/**
 * An effect's name short enough for a chart axis: the part before any bracket or alternative.
 * @example axisName("Dizziness / vertigo") // "Dizziness"
 */
export const axisName = (name: string): string => name.split(/ \(| \/ /)[0]!.trim();

/**
 * Incidence rows as uPlot series on a category axis: x is the row's position, then the estimate and the
 * interval's two ends (drawn as an error bar).
 */
export function incidenceSeries(rows: readonly IncidenceJson[]): uPlot.AlignedData {
  return [
    rows.map((_, i) => i),
    rows.map((r) => r.per100),
    rows.map((r) => r.ci95?.[0] ?? null),
    rows.map((r) => r.ci95?.[1] ?? null),
  ];
}

/** The chart in a sentence: the most frequent effects, for people who cannot see it. */
export function incidenceSummary(rows: readonly IncidenceJson[], infusions: number): string {
  const seen = chartedRows(rows);
  if (seen.length === 0) return `No side effects recorded in ${infusions} infusions.`;
  const top = seen
    .sort((a, b) => (b.per100 ?? 0) - (a.per100 ?? 0))
    .slice(0, 3)
    .map((r) => `${r.name} ${formatRate(r.per100)}`)
    .join(", ");
  return `Side effects per 100 infusions over ${infusions} infusions; most frequent: ${top}.`;
}

/** One reported-onset row as the table prints it. */
export interface OnsetCells {
  effect: string;
  reports: string;
  medianHours: string;
  beforeDischarge: string;
  withinDay: string;
  withinTwoWeeks: string;
  later: string;
  withinCatalogue: string;
  catalogueOnset: string;
}

/**
 * A reported-onset row in words: the median in hours after discharge (negative when it began before), each
 * bucket as a count, and the share within the catalogue's window with its interval.
 */
export function onsetCells(row: OnsetJson): OnsetCells {
  return {
    effect: row.name,
    reports: String(row.reports),
    medianHours: oneDecimal(row.medianHours),
    beforeDischarge: String(row.beforeDischarge),
    withinDay: String(row.withinDay),
    withinTwoWeeks: String(row.withinTwoWeeks),
    later: String(row.later),
    withinCatalogue:
      row.withinCataloguePercent === null
        ? "—"
        : `${formatRate(row.withinCataloguePercent)} % (95 % CI ${formatCi(row.ci95)})`,
    catalogueOnset: row.catalogueOnset ?? "not in the catalogue",
  };
}
