import { Link } from "react-router";
import type { HistoryEntry, SessionView } from "../../../src/clinical/chair/view";
import { DISCHARGE_CRITERIA } from "../../../src/clinical/outcomes/discharge";
import { DischargeScoreForm } from "./DischargeScoreForm";
import { latestDischargeScore, passText } from "./discharge-score";
import { EscortForm } from "./EscortForm";
import { SCALE_DEFINITION } from "./forms";
import { ReasonForm } from "./ReasonForm";
import { useOutbox } from "./useOutbox";
import { clock, minutes, SCALE_LABEL } from "./words";

/**
 * Discharge: each readiness criterion met or not (with why), since when all have been met, the escort,
 * the discharge score item by item with the latest one's result, and discharging (a note is required when
 * not ready). Then the sheet to print.
 */
export function DischargePanel({
  view,
  history,
  now,
}: {
  view: SessionView;
  history: readonly HistoryEntry[];
  now: number;
}) {
  const outbox = useOutbox();
  const { readiness, escortPresent, dischargedAt } = view.discharge;
  const sheet = `/sessions/${view.sessionId}/discharge-sheet`;
  if (dischargedAt !== null) {
    return (
      <section className="card" aria-labelledby="discharge-heading">
        <h2 id="discharge-heading">Discharge</h2>
        <p>Discharged at {clock(dischargedAt)}.</p>
        <Link to={sheet} className="button-link">
          Print discharge sheet
        </Link>
      </section>
    );
  }
  const unmet = new Map(readiness?.unmet.map((u) => [u.id, u.detail]) ?? []);
  const ready = readiness?.ready ?? false;
  return (
    <section className="card" aria-labelledby="discharge-heading">
      <h2 id="discharge-heading">Discharge</h2>
      {readiness === null ? (
        <p className="muted">Readiness is judged once the infusion has ended.</p>
      ) : (
        <>
          <p className={ready ? "badge badge-ok" : "badge badge-warn"}>
            {ready ? "Ready for discharge" : "Not ready yet"}
          </p>
          <ul className="criteria">
            {Object.values(DISCHARGE_CRITERIA).map((c) => (
              <li key={c.id} className={unmet.has(c.id) ? "gate-unmet" : "gate-met"}>
                <strong>{unmet.has(c.id) ? "Not met" : "Met"}:</strong> {c.text}
                {unmet.has(c.id) && <span className="muted"> — {unmet.get(c.id)}</span>}
              </li>
            ))}
          </ul>
          <p>
            {readiness.firstMetAt !== null
              ? `All criteria met since ${clock(readiness.firstMetAt)} (${minutes((now - readiness.firstMetAt) / 60_000)} ago).`
              : "Not all criteria are met now."}{" "}
            Minimum observation ends {clock(readiness.observationEndsAt)}.
          </p>
        </>
      )}
      <EscortForm sessionId={view.sessionId} present={escortPresent} />
      <h3>Discharge score</h3>
      <LatestDischargeScore history={history} />
      <DischargeScoreForm sessionId={view.sessionId} />
      <ReasonForm
        label={ready ? "Discharge note (optional)" : "Discharge note (required: not all criteria are met)"}
        submitLabel="Discharge"
        required={!ready}
        onSubmit={(note) =>
          outbox.record(view.sessionId, "Discharge", {
            body: { kind: "discharge", ...(note ? { note } : {}) },
          })
        }
      />
      <Link to={sheet}>Print discharge sheet</Link>
    </section>
  );
}

function LatestDischargeScore({ history }: { history: readonly HistoryEntry[] }) {
  const latest = latestDischargeScore(history);
  if (latest === null) return <p className="muted">No discharge score recorded yet.</p>;
  const { scale, at, itemised, result } = latest;
  return (
    <p>
      Latest: {SCALE_LABEL[scale]} <strong>{result.total}</strong> at {clock(at)}{" "}
      <span className={result.passed ? "badge badge-ok" : "badge badge-warn"}>
        {passText(SCALE_DEFINITION[scale], result)}
      </span>
      {!itemised && <span className="muted"> (charted as a total, without its items)</span>}
    </p>
  );
}
