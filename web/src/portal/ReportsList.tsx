import type { ReportJson } from "../api/followup";
import { LEVEL_WORDS, whenText } from "./words";

/** The patient's reports, newest first, with what they were told; the five latest unless asked for more. */
export function ReportsList({ reports }: { reports: readonly ReportJson[] }) {
  const sorted = [...reports].sort((a, b) => b.submittedAt - a.submittedAt);
  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">Your reports</h2>
      {sorted.length === 0 ? (
        <p>You have not sent a report yet.</p>
      ) : (
        <ul className="plain-list report-list">
          {sorted.slice(0, 5).map((r) => (
            <li key={r.id}>
              <strong>{whenText(r.submittedAt)}</strong>: {LEVEL_WORDS[r.level]}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
