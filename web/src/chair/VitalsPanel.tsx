import type { SessionView } from "../../../src/clinical/chair/view";
import { ChecksLine } from "./ChecksLine";
import { LatestVitals } from "./LatestVitals";
import { MonitorBinding } from "./MonitorBinding";
import { VitalsChart } from "./VitalsChart";
import { VitalsForm } from "./VitalsForm";

/** Vital signs: checks due, quick entry, the latest values, the chart against baseline, the monitor. */
export function VitalsPanel({ view, now }: { view: SessionView; now: number }) {
  return (
    <section className="card" aria-labelledby="vitals-heading">
      <h2 id="vitals-heading">Vital signs</h2>
      <ChecksLine checks={view.checks} now={now} />
      <VitalsForm sessionId={view.sessionId} />
      <LatestVitals view={view} />
      <VitalsChart view={view} />
      <MonitorBinding sessionId={view.sessionId} feed={view.feed} />
    </section>
  );
}
