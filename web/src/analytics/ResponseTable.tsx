import type { ResponseRateJson } from "../api/followup";
import { formatCi, formatRate } from "./format";

/** Share of assessed infusions whose pain fell by 30 % or more, by indication and protocol. */
export function ResponseTable({ rows }: { rows: readonly ResponseRateJson[] }) {
  return (
    <div className="table-wrap">
      <table className="analytics-table row-heads">
        <caption>Responders (pain down by 30 % or more at follow-up)</caption>
        <thead>
          <tr>
            <th scope="col">Indication</th>
            <th scope="col">Protocol</th>
            <th scope="col">Responders</th>
            <th scope="col">Rate</th>
            <th scope="col">95 % CI</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>No infusions with pain scored before and at follow-up.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={`${r.indication}-${r.protocolId}`}>
              <th scope="row">{r.indication ?? "Not recorded"}</th>
              <td>{r.protocolId}</td>
              <td className="num">
                {r.responders} of {r.assessed}
              </td>
              <td className="num">{r.ratePercent === null ? "—" : `${formatRate(r.ratePercent)} %`}</td>
              <td className="num">{formatCi(r.ci95)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
