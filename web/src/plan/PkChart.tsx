import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { CONCENTRATION_BANDS } from "../../../src/clinical/pk";
import type { PkCurve } from "./draft";

const BAND_COLOURS: Record<string, string> = {
  analgesia: "rgba(15, 90, 42, 0.12)",
  dissociation: "rgba(194, 94, 0, 0.14)",
  anaesthetic: "rgba(163, 0, 27, 0.12)",
};

const HEIGHT = 300;

/**
 * Shades each concentration band across the plot and names it at its upper edge, alternating left and
 * right so overlapping bands (analgesia and dissociation share concentrations) keep readable labels.
 */
function drawBands(u: uPlot): void {
  const { ctx, bbox } = u;
  const top = bbox.top;
  const bottom = bbox.top + bbox.height;
  const pad = 6 * devicePixelRatio;
  ctx.save();
  ctx.font = `${Math.round(12 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = "top";
  CONCENTRATION_BANDS.forEach((band, index) => {
    const yLow = Math.min(bottom, u.valToPos(band.low, "y", true));
    const yHigh = band.high === null ? top : Math.max(top, u.valToPos(band.high, "y", true));
    if (yLow <= top) return;
    ctx.fillStyle = BAND_COLOURS[band.bandId] ?? "rgba(0,0,0,0.08)";
    ctx.fillRect(bbox.left, yHigh, bbox.width, yLow - yHigh);
    ctx.fillStyle = "#1a1f24";
    const left = index % 2 === 0;
    ctx.textAlign = left ? "left" : "right";
    ctx.fillText(band.label, left ? bbox.left + pad : bbox.left + bbox.width - pad, yHigh + pad / 2);
  });
  ctx.restore();
}

interface PkChartProps {
  current: PkCurve | null;
  /** The previous saved version, drawn dashed for comparison. */
  previous: PkCurve | null;
  infusionMin: number;
}

/** Aligns the previous curve to the current time axis (it may be longer or shorter). */
function alignedSeries(current: PkCurve, previous: PkCurve | null): uPlot.AlignedData {
  const prev = previous
    ? current.timesMin.map((t) => {
        const i = previous.timesMin.indexOf(t);
        return i < 0 ? null : (previous.concentrationNgPerMl[i] ?? null);
      })
    : current.timesMin.map(() => null);
  return [current.timesMin, current.concentrationNgPerMl, prev];
}

function yMax(current: PkCurve, previous: PkCurve | null): number {
  const peak = Math.max(...current.concentrationNgPerMl, ...(previous?.concentrationNgPerMl ?? [0]));
  // Always show the analgesia and dissociation bands; the anaesthetic band only when the curve nears it.
  return Math.max(300, peak * 1.15);
}

/** The predicted plasma concentration of one session, with the effect bands and the previous version. */
export function PkChart({ current, previous, infusionMin }: PkChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const limits = useRef({ max: 300 });

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const u = new uPlot(
      {
        width: Math.max(320, element.clientWidth),
        height: HEIGHT,
        scales: { x: { time: false }, y: { range: () => [0, limits.current.max] } },
        axes: [
          { label: "Minutes from the start of the infusion" },
          { label: "Plasma ketamine (ng/mL)", size: 70 },
        ],
        series: [
          { label: "Time (min)" },
          { label: "This plan (ng/mL)", stroke: "#0b5cad", width: 2 },
          { label: "Previous version (ng/mL)", stroke: "#4a5561", width: 1.5, dash: [6, 4] },
        ],
        hooks: { drawClear: [drawBands] },
        // The caption below explains the two lines in words; uPlot's hover legend would add nothing.
        legend: { show: false },
      },
      [[], [], []],
      element,
    );
    plot.current = u;
    const resize = new ResizeObserver(() =>
      u.setSize({ width: Math.max(320, element.clientWidth), height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    if (!plot.current || !current) return;
    limits.current.max = yMax(current, previous);
    plot.current.setData(alignedSeries(current, previous));
  }, [current, previous]);

  const peak = current ? Math.max(...current.concentrationNgPerMl) : null;
  const peakAt =
    current && peak !== null ? current.timesMin[current.concentrationNgPerMl.indexOf(peak)] : null;
  return (
    <figure className="pk-chart" aria-labelledby="pk-caption">
      <div
        ref={holder}
        role="img"
        aria-label={
          peak === null
            ? "No curve: the plan cannot be computed yet"
            : `Predicted plasma concentration over a ${infusionMin}-minute infusion and the hours after, peaking at ${Math.round(peak)} ng/mL at ${peakAt} min`
        }
      />
      <figcaption id="pk-caption">
        <span className="pk-key pk-key-current">This plan</span>
        {previous && <span className="pk-key pk-key-previous">Previous version</span>}
        Predicted for an average adult of this weight (Domino 1982 three-compartment model); individual levels
        vary widely. Bands:{" "}
        {CONCENTRATION_BANDS.map((b, i) => (
          <span key={b.bandId}>
            {i > 0 && "; "}
            {b.label} {b.high === null ? `from ${b.low}` : `${b.low}–${b.high}`} ng/mL [{b.sources.join(", ")}
            ]
          </span>
        ))}
        .
      </figcaption>
    </figure>
  );
}
