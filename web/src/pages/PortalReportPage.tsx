import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { PORTAL_KEY, portal } from "../api/portal";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../portal/portal.css";
import { ReportForm } from "../portal/ReportForm";
import { TriageAnswer } from "../portal/TriageAnswer";
import { useSendReport } from "../portal/useSendReport";

/** A check-in (`?slot=…&session=…`) or a symptom report at any time; a new visit starts a new report. */
export function PortalReportPage() {
  const location = useLocation();
  return <ReportPage key={location.key} />;
}

function ReportPage() {
  const [params] = useSearchParams();
  const slot = params.get("slot");
  const sessionId = params.get("session");
  const overview = useQuery({ queryKey: PORTAL_KEY, queryFn: portal.get });
  const checkin = overview.data
    ? [
        ...overview.data.checkins.due,
        ...overview.data.checkins.overdue,
        ...overview.data.checkins.upcoming,
      ].find((c) => c.slot === slot && c.sessionId === sessionId)
    : undefined;
  // Kept once known: the check-in leaves the list of due ones as soon as this report is stored.
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    if (checkin && label === null) setLabel(checkin.label);
  }, [checkin, label]);
  const title = slot
    ? `Check-in: ${label ? `${label} your infusion` : "after your infusion"}`
    : "Report a symptom";
  usePageTitle(title);
  const responseTimeText = overview.data?.responseTimeText ?? null;
  const sender = useSendReport({ slot, sessionId, responseTimeText });

  return (
    <div className="portal">
      <h1>{title}</h1>
      {sender.triage ? (
        <TriageAnswer
          triage={sender.triage}
          responseTimeText={responseTimeText}
          delivery={sender.delivery}
          onRetry={sender.gaveUp ? sender.retry : null}
        />
      ) : (
        <p>
          {slot
            ? "Tell us how you have been since your infusion. It takes about five minutes."
            : "Tell us about a side effect or a worry at any time. It takes about five minutes."}
        </p>
      )}
      {sender.error && <ProblemNotice error={sender.error} />}
      {/* Kept while the answer shows, so a refused report comes back as it was filled in. */}
      <div hidden={sender.triage !== null && sender.error === null}>
        <ReportForm
          askOnset={!slot}
          sending={sender.sending || (sender.triage !== null && sender.error === null)}
          onSend={sender.send}
        />
      </div>
    </div>
  );
}
