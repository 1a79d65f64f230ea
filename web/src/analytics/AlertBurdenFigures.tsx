import type { Analytics } from "../api/followup";
import { formatProportion, formatRate } from "./format";

/** How much alerting staff lived with, and how much of it led to action. */
export function AlertBurdenFigures({ burden }: { burden: Analytics["alerts"] }) {
  return (
    <section className="card" aria-labelledby="alert-burden-title">
      <h2 id="alert-burden-title">Alert burden</h2>
      <dl className="facts">
        <div>
          <dt>Alerts</dt>
          <dd>
            {burden.alerts} in {burden.infusions} infusions
          </dd>
        </div>
        <div>
          <dt>Alerts per infusion</dt>
          <dd>{formatRate(burden.perInfusion)}</dd>
        </div>
        <div>
          <dt>Acknowledged</dt>
          <dd>{formatProportion(burden.shareAcknowledged)}</dd>
        </div>
        <div>
          <dt>Acted on</dt>
          <dd>{formatProportion(burden.shareActedOn)}</dd>
        </div>
      </dl>
      <p className="muted">
        Many alerts with few acted on suggests thresholds that alert without changing care.
      </p>
    </section>
  );
}
