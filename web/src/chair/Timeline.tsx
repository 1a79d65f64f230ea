import { useMemo } from "react";
import uPlot from "uplot";
import type { ChartScoreScale } from "../../../src/clinical/chair/entries";
import type { SessionChart } from "../api/types";
import { align, inForce, pkColumns, rateColumn, scoreColumn, timeRange, vitalColumn } from "./series";
import { useUplot } from "./useUplot";
import { VITAL_COLOUR } from "./VitalsChart";
import { clock, describeEntry, SCALE_LABEL, VITALS } from "./words";

const SCALES: readonly ChartScoreScale[] = ["moaas", "rass", "cadss6", "nrs"];
const SCORE_COLOUR = ["#5a2ca0", "#8a4fd0", "#c25e00", "#333"];
const MARKER_KINDS = new Set([
  "side-effect",
  "side-effect-resolved",
  "intervention",
  "rate-change",
  "pause",
  "resume",
  "infusion-start",
  "stop",
]);

function options(width: number): uPlot.Options {
  return {
    width,
    height: 300,
    scales: {
      x: { time: true, range: (u) => timeRange(u.data[0]) },
      v: { range: [0, 220] },
      r: { range: (_u, _min, max) => [0, Math.max(10, max * 1.2)] },
      c: { range: (_u, _min, max) => [0, Math.max(100, max * 1.2)] },
      s: { range: [-5, 24] },
    },
    axes: [
      {},
      { scale: "v", label: "Vital signs", size: 50 },
      { scale: "r", side: 1, label: "Rate (mg/h)", size: 55, grid: { show: false } },
      { scale: "c", side: 1, label: "Plasma (ng/mL)", size: 60, grid: { show: false }, stroke: "#0b5cad" },
    ],
    series: [
      {},
      ...VITALS.map(({ sign, label, unit }) => ({
        label: `${label} (${unit})`,
        scale: "v",
        stroke: VITAL_COLOUR[sign],
        width: 1.5,
        spanGaps: true,
      })),
      ...SCALES.map((s, i) => ({
        label: SCALE_LABEL[s],
        scale: "s",
        stroke: SCORE_COLOUR[i],
        width: 0,
        points: { show: true, size: 8 },
        paths: () => null,
      })),
      {
        label: "Rate (mg/h)",
        scale: "r",
        stroke: "#111",
        width: 2,
        spanGaps: true,
        paths: uPlot.paths.stepped!({ align: 1 }),
      },
      {
        label: "Predicted concentration (model estimate, not a measured level), ng/mL",
        scale: "c",
        stroke: "#0b5cad",
        width: 2,
        spanGaps: true,
      },
      {
        label: "Predicted concentration, forecast at the current rate, ng/mL",
        scale: "c",
        stroke: "#6b9fd6",
        dash: [6, 4],
        width: 2,
        spanGaps: true,
      },
    ],
  };
}

/**
 * The whole session on one time axis: vital signs, scores, the pump rate (steps) and the predicted plasma
 * concentration; the moments that changed the course are listed under it.
 */
export function Timeline({ chart, now }: { chart: SessionChart; now: number }) {
  const { view } = chart.card;
  const data = useMemo(() => {
    const pk = pkColumns(chart.pk);
    return align([
      ...VITALS.map(({ sign }) => vitalColumn(view.trend, sign)),
      ...SCALES.map((s) => scoreColumn(chart.history, s)),
      rateColumn(view.infusion.segments, now),
      pk.sofar,
      pk.forecast,
    ]) as uPlot.AlignedData;
  }, [view.trend, view.infusion.segments, chart.history, chart.pk, now]);
  const holder = useUplot(options, data, 320);
  const markers = inForce(chart.history).filter((h) => MARKER_KINDS.has(h.current.kind));
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <figure className="chair-chart">
        <div
          ref={holder}
          role="img"
          aria-label="Vital signs, scores, pump rate and predicted plasma concentration over the session; the events are listed below."
        />
        <figcaption className="muted">
          Rate as steps (black). Predicted concentration (model estimate, not a measured level) in blue: solid
          for the rates that ran
          {chart.pk.forecastFrom !== null &&
            `, dashed from ${clock(chart.pk.forecastFrom)} on as the forecast at the current rate until the planned dose has run in`}
          . It is an average-adult model; individual levels vary.
        </figcaption>
      </figure>
      <h3>Events</h3>
      {markers.length === 0 ? (
        <p className="muted">No infusion events yet.</p>
      ) : (
        <ol className="plain-list markers">
          {markers.map((h) => (
            <li key={h.entry.id}>
              <span className="mono">{clock(h.entry.at)}</span> {describeEntry(h.current)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
