import type { AlertView } from "../../../src/clinical/chair/view";
import type { StaffMember } from "../api/types";
import { useMe } from "../auth/session";
import { sortAlerts } from "./board";
import { InterventionForm } from "./InterventionForm";
import { StepList } from "./StepList";
import { useOutbox, useUnsent } from "./useOutbox";
import { clock, who } from "./words";

const ACTION_LABEL = {
  continue: "Continue the infusion",
  slow: "Slow the infusion",
  pause: "Pause the infusion",
  stop: "Stop the infusion",
  emergency: "Emergency: stop and call for help",
};

/**
 * A session's alerts, highest priority first, each with its acknowledgement and its steps (collapsed, to
 * read). With `detailed`, each also shows what has been done and a form to record more.
 */
export function AlertList({
  sessionId,
  alerts,
  staff,
  detailed = false,
}: {
  sessionId: string;
  alerts: readonly AlertView[];
  /** Names who acknowledged an alert. */
  staff: readonly StaffMember[];
  detailed?: boolean;
}) {
  if (alerts.length === 0) return <p className="muted">No active alerts.</p>;
  return (
    <ul className="alert-list">
      {sortAlerts(alerts).map((a) => (
        <li key={a.key} className={`alert-item alert-${a.priority}${a.acknowledged ? " alert-acked" : ""}`}>
          <p className="alert-title">
            <span className="badge alert-priority">{a.priority} priority</span> <strong>{a.title}</strong>
            {a.escalatedToPhysician && (
              <>
                {" "}
                <span className="badge badge-danger">Escalated to physician</span>
              </>
            )}
          </p>
          <p>
            {ACTION_LABEL[a.recommendedAction]} · raised {clock(a.raisedAt)}
            {a.suppressedAsArtefact && " · waiting for a second reading (may be an artefact)"}
          </p>
          <Acknowledgement sessionId={sessionId} alert={a} staff={staff} />
          {!detailed && a.steps.length > 0 && (
            <details className="alert-steps">
              <summary>
                Steps<span className="visually-hidden"> for {a.title}</span>
              </summary>
              <StepList steps={a.steps} />
            </details>
          )}
          {detailed && (
            <>
              {a.actions.length > 0 && (
                <ul className="done-list" aria-label="Done for this alert">
                  {a.actions.map((x) => (
                    <li key={x.entryId}>
                      {clock(x.at)} {x.text}
                    </li>
                  ))}
                </ul>
              )}
              <details>
                <summary>Steps and record what was done</summary>
                <InterventionForm sessionId={sessionId} steps={a.steps} target={{ forAlert: a.key }} />
              </details>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Acknowledgement({
  sessionId,
  alert,
  staff,
}: {
  sessionId: string;
  alert: AlertView;
  staff: readonly StaffMember[];
}) {
  const me = useMe();
  const outbox = useOutbox();
  const unsent = useUnsent();
  if (alert.acknowledged) {
    return (
      <p className="muted">
        Acknowledged by {who(alert.acknowledged.by, me, staff)} at {clock(alert.acknowledged.at)}
      </p>
    );
  }
  const waiting = unsent.some(
    (i) => i.request.body.kind === "alert-ack" && i.request.body.alertKey === alert.key && i.problem === null,
  );
  if (waiting) return <p className="muted">Acknowledgement waiting to send…</p>;
  return (
    <button
      type="button"
      className="primary ack-button"
      onClick={() =>
        outbox.record(sessionId, `Acknowledge: ${alert.title}`, {
          body: { kind: "alert-ack", alertKey: alert.key, raisedAt: alert.raisedAt },
        })
      }
    >
      Acknowledge<span className="visually-hidden"> {alert.title}</span>
    </button>
  );
}
