import type { InfusionOutcome } from "../api/followup";
import { formatMg, formatMgPerKg, sideEffectsText } from "./outcomes";

const day = (at: number) => new Date(at).toLocaleDateString("en-GB", { dateStyle: "medium" });

/** Each completed infusion: when, how much, what side effects and alerts came with it. */
export function InfusionTable({ infusions }: { infusions: readonly InfusionOutcome[] }) {
  if (infusions.length === 0) return <p>No completed infusions yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>Infusions</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Dose (mg)</th>
            <th scope="col">Dose (mg/kg)</th>
            <th scope="col">Side effects</th>
            <th scope="col">Worst grade</th>
            <th scope="col">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {infusions.map((i) => (
            <tr key={i.sessionId}>
              <td>{day(i.dischargedAt)}</td>
              <td>{formatMg(i.deliveredDoseMg)}</td>
              <td>{formatMgPerKg(i.doseMgPerKg)}</td>
              <td>
                {i.sideEffectCount}
                {i.sideEffectCount > 0 && (
                  <span className="muted">: {sideEffectsText(i.sideEffects, i.reportedAtHome)}</span>
                )}
              </td>
              <td>{i.worstGrade ?? "—"}</td>
              <td>{i.alerts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
