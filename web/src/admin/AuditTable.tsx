import type { AuditEntry } from "../api/types";
import { formatDateTime } from "../format";

const OUTCOME_BADGE = {
  success: "badge badge-ok",
  failure: "badge badge-warn",
  denied: "badge badge-danger",
} as const;

/** An id or hash shortened for the table; the full value is in the tooltip. */
function ShortId({ value, label }: { value: string | null; label: string }) {
  if (!value) return <div className="muted">{label}: none</div>;
  return (
    <div className="hash" title={value}>
      {label}: {value.slice(0, 12)}…
    </div>
  );
}

/** Audit entries, newest first, with the hash-chain fields that let the log be verified. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">Seq</th>
            <th scope="col">When</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Outcome</th>
            <th scope="col">Request · hash chain</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="mono">{e.seq}</td>
              <td>{formatDateTime(e.at)}</td>
              <td>
                {e.actorEmail ?? <span className="muted">anonymous</span>}
                {e.actorRole && <div className="muted">{e.actorRole}</div>}
              </td>
              <td className="mono">{e.action}</td>
              <td>
                {e.resourceType ?? <span className="muted">—</span>}
                {e.resourceId && <div className="muted mono">{e.resourceId}</div>}
              </td>
              <td>
                <span className={OUTCOME_BADGE[e.outcome]}>{e.outcome}</span>
              </td>
              <td>
                <ShortId value={e.requestId} label="request" />
                <ShortId value={e.hash} label="hash" />
                <ShortId value={e.prevHash} label="prev" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
