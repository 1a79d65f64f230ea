/**
 * A patient's pain scores as uPlot series: scores charted before each infusion, scores reported at check-ins,
 * and the baseline (the first score before the first infusion) drawn across for comparison.
 */
import type uPlot from "uplot";
import type { PainPoint } from "../api/followup";

export interface PainChartData {
  /** x in seconds (uPlot's time unit), then before-infusion, check-in and baseline series. */
  data: uPlot.AlignedData;
  baseline: number | null;
}

export function painChartData(points: readonly PainPoint[]): PainChartData {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const baseline = sorted.find((p) => p.source === "before-infusion")?.value ?? null;
  const seconds = [...new Set(sorted.map((p) => p.at / 1000))];
  const at = (source: PainPoint["source"]) =>
    seconds.map((s) => sorted.find((p) => p.at / 1000 === s && p.source === source)?.value ?? null);
  return {
    data: [seconds, at("before-infusion"), at("check-in"), seconds.map(() => baseline)],
    baseline,
  };
}

/** The chart in one sentence, for people who cannot see it. */
export function painChartSummary(points: readonly PainPoint[]): string {
  if (points.length === 0) return "No pain scores recorded yet.";
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const checkins = sorted.filter((p) => p.source === "check-in").length;
  return `${sorted.length} pain scores (${checkins} from check-ins): first ${first.value}/10, latest ${last.value}/10.`;
}
