import { useState } from "react";
import type { HistoryEntry } from "../../../src/clinical/chair/view";
import type { StaffMember } from "../api/types";
import { useMe } from "../auth/session";
import { CorrectionForm } from "./CorrectionForm";
import { amendableFields } from "./forms";
import { clock, describeEntry, who } from "./words";

/** Every entry with who, when and from where; corrections shown under the original, which stays visible. */
export function HistoryPanel({
  sessionId,
  history,
  staff,
}: {
  sessionId: string;
  history: readonly HistoryEntry[];
  staff: readonly StaffMember[];
}) {
  const me = useMe();
  const [open, setOpen] = useState<{ id: string; mode: "amend" | "error" } | null>(null);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.length === 0 && <p className="muted">Nothing charted yet.</p>}
      <ol className="history chair-history">
        {[...history].reverse().map((h) => (
          <li key={h.entry.id} className={`history-${h.status}`}>
            <p>
              <span className="mono">{clock(h.entry.at)}</span>{" "}
              <span className={h.status === "current" ? "" : "superseded"}>
                {describeEntry(h.entry.body)}
              </span>
              {h.status !== "current" && (
                <>
                  {" "}
                  <span className="badge badge-muted">
                    {h.status === "amended" ? "Amended" : "Entered in error"}
                  </span>
                </>
              )}
            </p>
            <p className="history-meta muted">
              by {who(h.entry.recordedBy, me, staff)} ·{" "}
              {h.entry.source === "manual" ? "entered by hand" : `from monitor ${h.entry.source}`} · recorded{" "}
              {clock(h.entry.recordedAt)}
            </p>
            {h.corrections.map((c) => (
              <p key={c.id} className="history-reason">
                {clock(c.recordedAt)}{" "}
                {c.body.kind === "entered-in-error" ? "Withdrawn" : `Amended to: ${describeEntry(c.body)}`} by{" "}
                {who(c.recordedBy, me, staff)} — {c.reason}
              </p>
            ))}
            {h.status !== "entered-in-error" && (
              <div className="actions">
                {amendableFields(h.current).length > 0 && (
                  <button
                    type="button"
                    aria-label={`Amend: ${describeEntry(h.current)}`}
                    onClick={() => setOpen({ id: h.entry.id, mode: "amend" })}
                  >
                    Amend
                  </button>
                )}
                <button
                  type="button"
                  aria-label={`Entered in error: ${describeEntry(h.current)}`}
                  onClick={() => setOpen({ id: h.entry.id, mode: "error" })}
                >
                  Entered in error
                </button>
              </div>
            )}
            {open?.id === h.entry.id && (
              <CorrectionForm sessionId={sessionId} item={h} mode={open.mode} onDone={() => setOpen(null)} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
