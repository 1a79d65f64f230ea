import { useMemo } from "react";
import type { PainPoint } from "../api/followup";
import { useUplot } from "../chair/useUplot";
import { painChartData, painChartSummary } from "./painChart";

const BEFORE = "#0b5cad";
const CHECKIN = "#0f5a2a";
const BASELINE = "#4a5561";

/** Pain (0–10) over the course: before each infusion, at each check-in, against the baseline. */
export function PainChart({ points }: { points: readonly PainPoint[] }) {
  const { data } = useMemo(() => painChartData(points), [points]);
  const holder = useUplot(
    (width) => ({
      width,
      height: 240,
      scales: { x: { time: true }, y: { range: [0, 10] } },
      axes: [
        {
          // Day and month the British way (uPlot's default is month/day).
          values: (_u, splits) =>
            splits.map((s) =>
              new Date(s * 1000).toLocaleDateString("en-GB", { day: "numeric", month: "short" }),
            ),
        },
        { label: "Pain (0–10)", size: 50 },
      ],
      series: [
        {},
        { label: "Before an infusion", stroke: BEFORE, width: 2, spanGaps: true, points: { size: 8 } },
        { label: "At a check-in", stroke: CHECKIN, width: 2, spanGaps: true, points: { size: 8 } },
        { label: "Baseline", stroke: BASELINE, width: 1, dash: [6, 4], points: { show: false } },
      ],
      // The caption names the series; uPlot's hover legend would repeat it.
      legend: { show: false },
    }),
    data,
    320,
  );
  return (
    <figure className="pain-chart">
      <div ref={holder} role="img" aria-label={`Pain over time. ${painChartSummary(points)}`} />
      <figcaption className="muted">
        <span className="chart-key" style={{ "--key-colour": BEFORE } as React.CSSProperties}>
          Before an infusion
        </span>
        <span className="chart-key" style={{ "--key-colour": CHECKIN } as React.CSSProperties}>
          At a check-in
        </span>
        <span className="chart-key" style={{ "--key-colour": BASELINE } as React.CSSProperties}>
          Baseline (first score before treatment)
        </span>
      </figcaption>
    </figure>
  );
}
