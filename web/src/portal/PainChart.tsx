import { useMemo } from "react";
import type uPlot from "uplot";
import type { PainPoint } from "../api/followup";
import { useUplot } from "../chair/useUplot";
import { whenText } from "./words";

const BEFORE_COLOUR = "#0b5cad";
const CHECKIN_COLOUR = "#a35200";

/** uPlot columns: time in seconds, then the score before an infusion and the score at a check-in. */
export function painColumns(points: readonly PainPoint[]): uPlot.AlignedData {
  const sorted = [...points].sort((a, b) => a.at - b.at);
  return [
    sorted.map((p) => p.at / 1000),
    sorted.map((p) => (p.source === "before-infusion" ? p.value : null)),
    sorted.map((p) => (p.source === "check-in" ? p.value : null)),
  ];
}

const dot = (stroke: string): uPlot.Series => ({
  stroke,
  width: 0,
  points: { show: true, size: 9, fill: stroke },
});

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const dayHour = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/** Dates as a patient reads them ("26 Nov"), with the time when the scores span only a few days. */
const timeLabels = (u: uPlot, splits: number[]) => {
  const span = (u.scales.x?.max ?? 0) - (u.scales.x?.min ?? 0);
  const format = span < 3 * 86_400 ? dayHour : day;
  return splits.map((s) => format.format(new Date(s * 1000)));
};

const options = (width: number): uPlot.Options => ({
  width,
  height: 200,
  // Padded so the first and last scores are not cut in half at the edges.
  scales: {
    x: {
      time: true,
      range: (_u, min, max) => {
        const pad = Math.max(3600, (max - min) * 0.05);
        return [min - pad, max + pad];
      },
    },
    y: { range: [0, 10] },
  },
  axes: [
    { values: timeLabels, space: 80 },
    { label: "Pain (0–10)", size: 44, splits: () => [0, 2, 4, 6, 8, 10] },
  ],
  legend: { live: false },
  series: [
    {},
    { label: "Before an infusion", ...dot(BEFORE_COLOUR) },
    { label: "At a check-in", ...dot(CHECKIN_COLOUR) },
  ],
  cursor: { drag: { x: false, y: false } },
});

/** The patient's pain scores over time, with the same scores as a list for screen readers and print. */
export function PainChart({ points }: { points: readonly PainPoint[] }) {
  const data = useMemo(() => painColumns(points), [points]);
  const holder = useUplot(options, data, 260);
  const sorted = [...points].sort((a, b) => a.at - b.at);
  return (
    <figure className="pain-chart">
      <div
        ref={holder}
        role="img"
        aria-label={`Your pain scores over time: ${points.length} ${points.length === 1 ? "score" : "scores"}, listed below.`}
      />
      <details>
        <summary>Your scores as a list</summary>
        <ul className="plain-list">
          {sorted.map((p) => (
            <li key={`${p.at}-${p.source}`}>
              {whenText(p.at)}: {p.value} out of 10 (
              {p.source === "before-infusion" ? "before an infusion" : "at a check-in"})
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
