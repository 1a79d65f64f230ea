import { useMemo, useRef } from "react";
import type uPlot from "uplot";
import type { SessionView } from "../../../src/clinical/chair/view";
import type { VitalSign } from "../../../src/clinical/monitoring/types";
import { align, baselineBand, timeRange, vitalColumn } from "./series";
import { useUplot } from "./useUplot";
import { VITALS } from "./words";

export const VITAL_COLOUR: Record<VitalSign, string> = {
  hr: "#a3001b",
  sbp: "#0b5cad",
  dbp: "#4a7fb5",
  spo2: "#0f5a2a",
  rr: "#7a4a00",
};

/** Shades each sign's baseline ±20 % band in its own colour, so a reading outside it shows at a glance. */
function drawBands(baseline: () => SessionView["baseline"]) {
  return (u: uPlot) => {
    const { ctx, bbox } = u;
    ctx.save();
    for (const { sign } of VITALS) {
      const band = baselineBand(baseline()[sign]);
      if (!band) continue;
      const top = u.valToPos(band.high, "y", true);
      const bottom = u.valToPos(band.low, "y", true);
      ctx.fillStyle = `${VITAL_COLOUR[sign]}1a`;
      ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
    }
    ctx.restore();
  };
}

/** The session's vital signs over time against their baseline bands. */
export function VitalsChart({ view }: { view: SessionView }) {
  const baseline = useRef(view.baseline);
  baseline.current = view.baseline;
  const data = useMemo(
    () => align(VITALS.map(({ sign }) => vitalColumn(view.trend, sign))) as uPlot.AlignedData,
    [view.trend],
  );
  const holder = useUplot(
    (width) => ({
      width,
      height: 220,
      scales: { x: { time: true, range: (u) => timeRange(u.data[0]) }, y: { range: [0, 220] } },
      axes: [{}, { label: "Value", size: 50 }],
      series: [
        {},
        ...VITALS.map(({ sign, label, unit }) => ({
          label: `${label} (${unit})`,
          stroke: VITAL_COLOUR[sign],
          width: 2,
          spanGaps: true,
        })),
      ],
      hooks: { drawClear: [drawBands(() => baseline.current)] },
    }),
    data,
    320,
  );
  const points = view.trend.length;
  return (
    <figure className="chair-chart">
      <div
        ref={holder}
        role="img"
        aria-label={`Vital signs over time, ${points} ${points === 1 ? "point" : "points"}; shaded bands are 20% either side of the baseline.`}
      />
      <figcaption className="muted">Shaded: the baseline ±20 % band of each sign.</figcaption>
    </figure>
  );
}
