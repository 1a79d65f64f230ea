import { Link } from "react-router";
import type { WorklistItem } from "../api/followup";
import { CALL_OUTCOME_LABEL, LEVEL_LABEL, PRIORITY_LABEL } from "./labels";
import { RecordCallForm } from "./RecordCallForm";
import { answerLines, itemAge, patientName } from "./worklist";

const PRIORITY_BADGE = { high: "badge-danger", medium: "badge-warn", low: "badge-muted" } as const;

const time = (at: number) =>
  new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** One open worklist item: who, why, what they answered, the calls so far, and the form for the next. */
export function WorklistItemCard({ item, now }: { item: WorklistItem; now: number }) {
  const headingId = `worklist-item-${item.id}`;
  const what =
    item.kind === "overdue-checkin"
      ? "Overdue check-in" // the reasons name which one
      : `Report${item.report ? ` — ${LEVEL_LABEL[item.report.level]}` : ""}`;
  return (
    <article className={`card worklist-item priority-${item.priority}`} aria-labelledby={headingId}>
      <header className="worklist-item-head">
        <h2 id={headingId}>
          <Link to={`/patients/${item.patient.id}`}>{patientName(item)}</Link>{" "}
          <span className="muted worklist-mrn">MRN {item.patient.mrn}</span>
        </h2>
        <p className="worklist-meta">
          <span className={`badge ${PRIORITY_BADGE[item.priority]}`}>{PRIORITY_LABEL[item.priority]}</span>{" "}
          {what} · waiting {itemAge(item.openedAt, now)}{" "}
          <span className="muted">(opened {time(item.openedAt)})</span>
        </p>
      </header>
      {item.reasons.length > 0 && (
        <>
          <h3>Why it is here</h3>
          <ul className="plain-list">
            {item.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {item.report && (
        <>
          <h3>What the patient reported</h3>
          <ul className="plain-list">
            {answerLines(item.report.answers).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">Told at once: {item.report.triage.patientMessage}</p>
        </>
      )}
      {item.calls.length > 0 && (
        <>
          <h3>Calls</h3>
          <ul className="plain-list">
            {item.calls.map((c) => (
              <li key={`${c.at}-${c.advice}`}>
                {time(c.at)} · {c.by?.name ?? "unknown"} · {CALL_OUTCOME_LABEL[c.outcome] ?? c.outcome}
                {c.closes ? " (closed)" : ""}: {c.advice}
              </li>
            ))}
          </ul>
        </>
      )}
      <RecordCallForm item={item} />
    </article>
  );
}
