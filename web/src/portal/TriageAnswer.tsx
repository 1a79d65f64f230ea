import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { RED_FLAG_ADVICE } from "../../../src/clinical/chair/sheet-advice";
import type { TriageResult } from "../../../src/clinical/followup/triage";
import type { DeliveryState } from "./useSendReport";

interface TriageAnswerProps {
  triage: TriageResult;
  responseTimeText: string | null;
  /** Until "stored", the advice was worked out on this device and the clinic does not have the report. */
  delivery: DeliveryState;
  /** Sending has stopped trying; the patient may try again. */
  onRetry: (() => void) | null;
}

/** What the patient must do now, shown the moment a report is sent; the most urgent case is an alarm. */
export function TriageAnswer({ triage, responseTimeText, delivery, onRetry }: TriageAnswerProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const promise =
    responseTimeText && !triage.patientMessage.includes(responseTimeText) ? responseTimeText : null;
  return (
    <section className="triage-answer" aria-labelledby="triage-title">
      {triage.level === "emergency" ? (
        <div className="portal-alarm" role="alert">
          <h2 id="triage-title" ref={heading} tabIndex={-1}>
            Get help now
          </h2>
          <p className="portal-alarm-message">{triage.patientMessage}</p>
        </div>
      ) : (
        <div className="card" role="status">
          <h2 id="triage-title" ref={heading} tabIndex={-1}>
            {triage.level === "call-back" ? "The clinic will call you" : "Thank you for your report"}
          </h2>
          <p>{triage.patientMessage}</p>
          {triage.level === "call-back" && promise && <p>{promise}</p>}
        </div>
      )}
      <DeliveryNotice delivery={delivery} onRetry={onRetry} />
      {triage.selfCare.length > 0 && (
        <section className="card" aria-labelledby="self-care-title">
          <h2 id="self-care-title">What you can do at home</h2>
          {triage.selfCare.map((advice) => (
            <div key={advice.sideEffectId} className="self-care">
              <h3>{advice.name}</h3>
              <p>{advice.whatToDo}</p>
              <p className="muted">Why it happens: {advice.whyItHappens}</p>
            </div>
          ))}
        </section>
      )}
      <section className="card" aria-labelledby="worse-title">
        <h2 id="worse-title">If things get worse</h2>
        <p>Call your local emergency number at once if any of these happen:</p>
        <ul>
          {RED_FLAG_ADVICE.map((advice) => (
            <li key={advice.id}>{advice.text}</li>
          ))}
        </ul>
        <p>If a symptom gets worse or does not go away, call the clinic or send a new report.</p>
      </section>
      <div className="actions no-print">
        <Link className="button-link" to="/portal">
          Back to home
        </Link>
        <Link className="button-link" to="/portal/report">
          Report another symptom
        </Link>
      </div>
    </section>
  );
}

/** Whether the clinic has the report yet; a report stuck on this device says so plainly. */
function DeliveryNotice({ delivery, onRetry }: Pick<TriageAnswerProps, "delivery" | "onRetry">) {
  if (delivery === "stored")
    return (
      <p className="notice notice-ok" role="status">
        Your report has reached the clinic.
      </p>
    );
  if (delivery === "sending" && !onRetry)
    return (
      <p className="notice" role="status">
        Sending your report to the clinic…
      </p>
    );
  return (
    <div className="notice notice-error" role="status">
      <p className="notice-title">Your report has not reached the clinic yet.</p>
      {delivery === "refused" ? (
        <p>
          The clinic could not take it as it is. See below, then send it again. If you need help, call now.
        </p>
      ) : onRetry ? (
        <>
          <p>Check your internet connection, then try again. If you need help, do not wait for this: call.</p>
          <button type="button" onClick={onRetry}>
            Try sending again
          </button>
        </>
      ) : (
        <p>We keep trying while this page is open. If you need help, do not wait for this: call.</p>
      )}
    </div>
  );
}
