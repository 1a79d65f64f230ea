import type { PlanVersion } from "../api/types";
import { personName } from "../evaluation/people";
import { formatDateTime } from "../format";

const STATUS_BADGE = {
  draft: "badge badge-muted",
  approved: "badge badge-ok",
  superseded: "badge badge-muted",
};

/** The plan's saved versions, newest first, with who saved and approved each. */
export function VersionStatus({ items }: { items: readonly PlanVersion[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-versions-title">
      <h2 id="plan-versions-title">Plan versions</h2>
      <ol className="history">
        {items.map((v) => (
          <li key={v.id}>
            Version {v.version} <span className={STATUS_BADGE[v.status]}>{v.status}</span>{" "}
            <span className="muted">
              saved {formatDateTime(v.createdAt)} by {personName(v.createdBy)} for {v.weightKg} kg
              {v.approvedAt && `; approved ${formatDateTime(v.approvedAt)} by ${personName(v.approvedBy)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
