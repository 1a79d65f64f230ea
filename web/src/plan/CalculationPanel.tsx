import type { PlanCheck } from "../../../src/clinical/dosing";
import { formatDelta, formatQuantity, mg } from "../../../src/clinical/units";

const ROUNDING_WORDS = { nearest: "to the nearest", down: "down to the", up: "up to the" } as const;

interface CalculationPanelProps {
  check: PlanCheck;
  weightKg: number;
  bagVolumeMl: number;
  sessions: number;
}

/** Pump settings and totals for this patient's weight, as the pump will deliver them after rounding. */
export function CalculationPanel({ check, weightKg, bagVolumeMl, sessions }: CalculationPanelProps) {
  const c = check.computation;
  const i = c.infusion;
  return (
    <section className="card calculation" aria-labelledby="calculation-title">
      <h2 id="calculation-title">Calculated for {weightKg} kg</h2>
      <dl className="facts calc-facts">
        {i && (
          <>
            <div>
              <dt>Pump rate</dt>
              <dd>
                <strong className="pump-rate">
                  {formatQuantity(i.roundedRate, "mL/h", { maxDecimals: 1 })}
                </strong>
                <span className="muted">
                  {" "}
                  (exact {formatQuantity(i.rateMlPerHour, "mL/h", { maxDecimals: 3 })}, rounded{" "}
                  {ROUNDING_WORDS[i.rounding]} 0.1 mL/h pump step:{" "}
                  {formatDelta(i.roundingDifference, "mL/h", { maxDecimals: 3 })})
                </span>
              </dd>
            </div>
            <div>
              <dt>Rate delivered</dt>
              <dd>
                {formatQuantity(i.deliveredRate, "mg/h", { maxDecimals: 2 })} ={" "}
                {formatQuantity(i.deliveredRatePerKg, "mg/kg/h", { maxDecimals: 3 })}
                {i.cappedAt !== null && (
                  <span className="badge badge-warn">
                    capped by the protocol at {formatQuantity(i.cappedAt, "mg/h")}
                  </span>
                )}
              </dd>
            </div>
          </>
        )}
        {c.bolus && (
          <div>
            <dt>Bolus</dt>
            <dd>
              {formatQuantity(c.bolus.dose, "mg")} in {formatQuantity(c.bolus.volume, "mL")} over at least{" "}
              {formatQuantity(c.bolus.minimumDuration, "s", { maxDecimals: 0 })}
            </dd>
          </div>
        )}
        <div>
          <dt>Per infusion</dt>
          <dd>
            {formatQuantity(c.totalDose, "mg", { maxDecimals: 1 })} (
            {formatQuantity(c.totalDosePerKg, "mg/kg", { maxDecimals: 3 })}) in{" "}
            {formatQuantity(c.totalVolume, "mL", { maxDecimals: 1 })} over{" "}
            {formatQuantity(c.sessionDuration, "min", { maxDecimals: 0 })}
          </dd>
        </div>
        <div>
          <dt>Per course ({sessions} infusions)</dt>
          <dd>
            {formatQuantity(c.perCourse.projected, "mg", { maxDecimals: 1 })} (
            {formatQuantity(c.perCourse.projectedPerKg, "mg/kg", { maxDecimals: 2 })})
          </dd>
        </div>
        <div>
          <dt>Lifetime exposure</dt>
          <dd>
            {formatQuantity(c.lifetime.past, "mg", { maxDecimals: 0 })} before this course;{" "}
            {formatQuantity(mg(c.lifetime.past + c.perCourse.projected), "mg", { maxDecimals: 0 })} after it
          </dd>
        </div>
      </dl>
      {i && i.volume > bagVolumeMl && (
        <p className="notice notice-warn" role="status">
          One infusion needs {formatQuantity(i.volume, "mL", { maxDecimals: 1 })}, more than the {bagVolumeMl}{" "}
          mL bag: use a larger bag or a stronger concentration.
        </p>
      )}
    </section>
  );
}
