import type { IncidenceJson } from "../api/followup";
import { formatCi, formatRate } from "./format";

/** Side effects per 100 infusions with their 95 % intervals, beside the catalogue's literature figures. */
export function IncidenceTable({ caption, rows }: { caption: string; rows: readonly IncidenceJson[] }) {
  return (
    <div className="table-wrap">
      <table className="analytics-table row-heads">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Side effect</th>
            <th scope="col">Infusions with it</th>
            <th scope="col">Per 100 infusions</th>
            <th scope="col">95 % CI</th>
            <th scope="col">Literature</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>No side effects recorded.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.sideEffectId}>
              <th scope="row">{r.name}</th>
              <td className="num">
                {r.infusions} of {r.total}
              </td>
              <td className="num">{formatRate(r.per100)}</td>
              <td className="num">{formatCi(r.ci95)}</td>
              <td className="literature">{r.literature ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
