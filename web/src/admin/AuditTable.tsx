import type { AuditEntry } from "../api/types";
import { formatDateTime } from "../format";

const OUTCOME_BADGE = {
  success: "badge badge-ok",
  failure: "badge badge-warn",
  denied: "badge badge-danger",
} as const;

/** A hash shortened for the table; the full value stays selectable and in the tooltip. */
function Hash({ value, label }: { value: string | null; label: string }) {
  if (!value) return <span className="muted">{label}: none</span>;
  return (
    <span className="hash" title={value}>
      {label}: {value.slice(0, 16)}…
    </span>
  );
}

/** Audit entries, newest first, with the hash-chain fields that let the log be verified. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table>
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
                <div className="mono">{e.requestId}</div>
                <div>
                  <Hash value={e.hash} label="hash" />
                </div>
                <div>
                  <Hash value={e.prevHash} label="prev" />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
