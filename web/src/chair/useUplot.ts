/** One uPlot chart in a holder element: made once, fed new data, resized with its container. */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/**
 * Returns the ref for the holder. `makeOptions` is read once when the chart is made (series and axes are
 * fixed); `data` may change on every render.
 */
export function useUplot(
  makeOptions: (width: number) => uPlot.Options,
  data: uPlot.AlignedData,
  minWidth = 120,
) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const options = useRef(makeOptions);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const width = () => Math.max(minWidth, element.clientWidth);
    const opts = options.current(width());
    const u = new uPlot(opts, opts.series.map(() => []) as unknown as uPlot.AlignedData, element);
    plot.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: width(), height: opts.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [minWidth]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return holder;
}
