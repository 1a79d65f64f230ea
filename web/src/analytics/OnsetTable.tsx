import type { OnsetJson } from "../api/followup";
import { onsetCells } from "./format";

/**
 * When the side effects patients reported after discharge began, counted in four windows, beside the
 * catalogue's onset text; a low share within the catalogue's window is worth a look at the reports.
 */
export function OnsetTable({ rows }: { rows: readonly OnsetJson[] }) {
  return (
    <div className="table-wrap">
      <table className="analytics-table row-heads">
        <caption>Reports from home by the time the effect began, in hours after discharge</caption>
        <thead>
          <tr>
            <th scope="col">Side effect</th>
            <th scope="col">Reports</th>
            <th scope="col">Median hours after discharge</th>
            <th scope="col">Before discharge</th>
            <th scope="col">Within 24 h</th>
            <th scope="col">1 to 14 days</th>
            <th scope="col">Later</th>
            <th scope="col">Within the catalogue's window</th>
            <th scope="col">Catalogue onset</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9}>No reports from home with a time the effect began.</td>
            </tr>
          )}
          {rows.map((r) => {
            const c = onsetCells(r);
            return (
              <tr key={r.sideEffectId}>
                <th scope="row">{c.effect}</th>
                <td className="num">{c.reports}</td>
                <td className="num">{c.medianHours}</td>
                <td className="num">{c.beforeDischarge}</td>
                <td className="num">{c.withinDay}</td>
                <td className="num">{c.withinTwoWeeks}</td>
                <td className="num">{c.later}</td>
                <td className="num">{c.withinCatalogue}</td>
                <td className="literature">{c.catalogueOnset}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
