import { useMemo, useRef } from "react";
import type uPlot from "uplot";
import type { IncidenceJson } from "../api/followup";
import { useUplot } from "../chair/useUplot";
import { axisName, chartedRows, incidenceSeries, incidenceSummary } from "./format";

const INK = "#0b5cad";

/** Draws each estimate's 95 % interval as a vertical bar with caps (series 2 and 3 hold the ends). */
function drawErrorBars(u: uPlot): void {
  const [xs, , lows, highs] = u.data;
  const { ctx } = u;
  const cap = 6 * devicePixelRatio;
  ctx.save();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5 * devicePixelRatio;
  xs.forEach((x, i) => {
    const low = lows?.[i];
    const high = highs?.[i];
    if (low == null || high == null) return;
    const cx = u.valToPos(x, "x", true);
    const top = u.valToPos(high, "y", true);
    const bottom = u.valToPos(low, "y", true);
    ctx.beginPath();
    ctx.moveTo(cx, top);
    ctx.lineTo(cx, bottom);
    ctx.moveTo(cx - cap, top);
    ctx.lineTo(cx + cap, top);
    ctx.moveTo(cx - cap, bottom);
    ctx.lineTo(cx + cap, bottom);
    ctx.stroke();
  });
  ctx.restore();
}

/** Side effects per 100 infusions with 95 % intervals, one column per effect; the table beside it has the numbers. */
export function IncidenceChart({ rows, infusions }: { rows: readonly IncidenceJson[]; infusions: number }) {
  const charted = useMemo(() => chartedRows(rows), [rows]);
  const names = useRef<string[]>([]);
  names.current = charted.map((r) => axisName(r.name));
  const data = useMemo(() => incidenceSeries(charted), [charted]);
  const holder = useUplot(
    (width) => ({
      width,
      height: 300,
      scales: {
        x: { time: false, range: (u) => [-0.5, Math.max(0.5, u.data[0].length - 0.5)] },
        y: { range: [0, 100] },
      },
      axes: [
        {
          splits: (u) => Array.from(u.data[0]),
          values: (_u, splits) => splits.map((i) => names.current[i] ?? ""),
          rotate: -30,
          size: 90,
        },
        { label: "Per 100 infusions", size: 50 },
      ],
      series: [
        {},
        { label: "Per 100 infusions", stroke: INK, paths: () => null, points: { size: 9, fill: INK } },
        { label: "95 % CI lower", show: false },
        { label: "95 % CI upper", show: false },
      ],
      hooks: { draw: [drawErrorBars] },
      legend: { show: false },
    }),
    data,
    320,
  );
  return (
    <figure className="incidence-chart">
      <div ref={holder} role="img" aria-label={incidenceSummary(rows, infusions)} />
      <figcaption className="muted">
        Dots: per 100 infusions; bars: 95 % confidence interval (Wilson).
      </figcaption>
    </figure>
  );
}
