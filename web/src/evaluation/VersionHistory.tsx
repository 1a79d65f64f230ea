import type { EvaluationSummary } from "../api/types";
import { formatDateTime } from "../format";
import { DECISION_LABELS } from "./decisions";
import { personName } from "./people";

interface VersionHistoryProps {
  items: readonly EvaluationSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Every saved version, newest first; each can be opened read-only. */
export function VersionHistory({ items, selectedId, onSelect }: VersionHistoryProps) {
  return (
    <section className="card no-print" aria-labelledby="evaluation-history-title">
      <h2 id="evaluation-history-title">Version history</h2>
      {items.length === 0 ? (
        <p className="muted">No evaluation saved yet.</p>
      ) : (
        <ol className="history">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="link-button"
                aria-current={item.id === selectedId ? "true" : undefined}
                onClick={() => onSelect(item.id)}
              >
                Version {item.version}
              </button>{" "}
              <span className={item.status === "signed" ? "badge badge-ok" : "badge badge-muted"}>
                {item.status}
              </span>{" "}
              <span className="muted">
                saved {formatDateTime(item.createdAt)} by {personName(item.createdBy)}
                {item.status === "signed" && item.signedAt && (
                  <>
                    ; signed {formatDateTime(item.signedAt)} by {personName(item.signedBy)}
                    {item.decision && ` — ${DECISION_LABELS[item.decision]}`}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
