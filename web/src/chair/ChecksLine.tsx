import type { SessionView } from "../../../src/clinical/chair/view";
import { clock } from "./words";

/** Overdue checks (highlighted), checks due now, and the next one. `now` moves the markers on its own. */
export function ChecksLine({ checks, now }: { checks: SessionView["checks"]; now: number }) {
  const overdue = [...checks.overdue, ...checks.due.filter((c) => c.overdueAt <= now)];
  const due = checks.due.filter((c) => c.overdueAt > now);
  return (
    <div className="checks">
      {overdue.length > 0 && (
        <p className="check-overdue">
          <strong>Overdue:</strong> {overdue.map((c) => `${c.label} (due ${clock(c.dueAt)})`).join("; ")}
        </p>
      )}
      {due.length > 0 && (
        <p className="check-due">
          <strong>Due now:</strong> {due.map((c) => c.label).join("; ")}
        </p>
      )}
      {checks.next && (
        <p className="muted">
          Next check: {checks.next.label} at {clock(checks.next.dueAt)}
        </p>
      )}
    </div>
  );
}
