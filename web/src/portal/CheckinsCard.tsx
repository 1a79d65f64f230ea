import { Link } from "react-router";
import type { CheckinSlotJson, Portal } from "../api/portal";
import { whenText } from "./words";

const reportLink = (c: CheckinSlotJson) =>
  `/portal/report?slot=${encodeURIComponent(c.slot)}&session=${encodeURIComponent(c.sessionId)}`;

/** Check-ins to answer now (overdue first), and the next one to come. */
export function CheckinsCard({ checkins }: Pick<Portal, "checkins">) {
  const open = [
    ...checkins.overdue.map((c) => ({ c, overdue: true })),
    ...checkins.due.map((c) => ({ c, overdue: false })),
  ];
  const next = [...checkins.upcoming].sort((a, b) => a.dueAt - b.dueAt)[0];
  return (
    <section className="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      {open.length === 0 ? (
        <p>No check-in is waiting for you.</p>
      ) : (
        <ul className="plain-list checkin-list">
          {open.map(({ c, overdue }) => (
            <li key={`${c.sessionId}-${c.slot}`}>
              <Link className="button-link primary" to={reportLink(c)}>
                Answer the check-in {c.label} your infusion
              </Link>
              <span className={overdue ? "badge badge-warn" : "badge badge-muted"}>
                {overdue ? "Late: please answer now" : `Please answer by ${whenText(c.overdueAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p className="muted">
          Next check-in: {next.label} your infusion, from {whenText(next.dueAt)}.
        </p>
      )}
    </section>
  );
}
