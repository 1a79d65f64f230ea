import { useMemo } from "react";
import type uPlot from "uplot";
import type { TrendPoint } from "../../../src/clinical/chair/view";
import type { VitalSign } from "../../../src/clinical/monitoring/types";
import { align, vitalColumn } from "./series";
import { useUplot } from "./useUplot";

const HEIGHT = 28;

const options = (width: number): uPlot.Options => ({
  width,
  height: HEIGHT,
  scales: { x: { time: true } },
  axes: [{ show: false }, { show: false }],
  series: [{}, { stroke: "#0b5cad", width: 1.5, spanGaps: true, points: { show: false } }],
  legend: { show: false },
  cursor: { show: false },
  padding: [2, 0, 2, 0],
});

/** A tiny trend line of one vital sign; its label says the range in words for screen readers. */
export function Sparkline({
  trend,
  sign,
  unit,
}: {
  trend: readonly TrendPoint[];
  sign: VitalSign;
  unit: string;
}) {
  const column = useMemo(() => vitalColumn(trend, sign), [trend, sign]);
  const data = useMemo(() => align([column]) as uPlot.AlignedData, [column]);
  const holder = useUplot(options, data, 60);
  const values = column.values.filter((v): v is number => v !== null);
  const label =
    values.length < 2
      ? "Not enough readings for a trend"
      : `Trend from ${values[0]} to ${values.at(-1)} ${unit}, lowest ${Math.min(...values)}, highest ${Math.max(...values)}`;
  return <div className="sparkline" ref={holder} role="img" aria-label={label} />;
}
