import type { SessionView } from "../../../src/clinical/chair/view";
import { Sparkline } from "./Sparkline";
import { baselineBand } from "./series";
import { clock, VITALS } from "./words";

/** The latest reading of each vital sign with its trend; values outside ±20 % of baseline stand out. */
export function LatestVitals({ view }: { view: SessionView }) {
  return (
    <dl className="latest-vitals">
      {VITALS.map(({ sign, label, unit }) => {
        const reading = view.latestVitals[sign];
        const band = baselineBand(view.baseline[sign]);
        const outside = reading && band && (reading.value < band.low || reading.value > band.high);
        return (
          <div key={sign} className={outside ? "vital vital-outside" : "vital"}>
            <dt>{label}</dt>
            <dd>
              {reading ? (
                <>
                  <strong>{reading.value}</strong> <span className="unit">{unit}</span>
                  {outside && <span className="visually-hidden"> (outside the baseline band)</span>}
                  <span className="muted vital-time"> at {clock(reading.at)}</span>
                </>
              ) : (
                <span className="muted">
                  –<span className="visually-hidden"> no reading yet</span>
                </span>
              )}
              <Sparkline trend={view.trend} sign={sign} unit={unit} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
