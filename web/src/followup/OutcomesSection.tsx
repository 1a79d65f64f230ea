import { useQuery } from "@tanstack/react-query";
import { outcomes } from "../api/followup";
import { ProblemNotice } from "../components/ProblemNotice";
import { BoosterForm } from "./BoosterForm";
import { ContinuationPanel } from "./ContinuationPanel";
import { InfusionTable } from "./InfusionTable";
import { LongTermList } from "./LongTermList";
import { LEVEL_LABEL, RESPONSE_CLASS_LABEL } from "./labels";
import { formatMg } from "./outcomes";
import { PainChart } from "./PainChart";
import { outcomesKey } from "./queries";
import "./followup.css";

/**
 * How the patient is doing across infusions (pain, side effects, dose), what the rules suggest next, and,
 * for physicians, booking boosters.
 */
export function OutcomesSection({ patientId, role }: { patientId: string; role: "physician" | "nurse" }) {
  const data = useQuery({ queryKey: outcomesKey(patientId), queryFn: () => outcomes.get(patientId) });
  return (
    <>
      <section className="card" aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">Outcomes</h2>
        {data.isError && <ProblemNotice error={data.error} />}
        {data.isPending && <p className="loading">Loading outcomes…</p>}
        {data.data && (
          <>
            <h3>Pain</h3>
            {data.data.pain.length === 0 ? (
              <p>No pain scores recorded yet.</p>
            ) : (
              <PainChart points={data.data.pain} />
            )}
            <p>
              {data.data.response?.responseClass
                ? `Response since before treatment (IMMPACT): ${RESPONSE_CLASS_LABEL[data.data.response.responseClass]}, pain ${data.data.response.before} → ${data.data.response.after}/10.`
                : "Response: not yet assessable (needs a pain score before treatment and one at a check-in)."}
            </p>
            <h3>Benefit and risk</h3>
            <dl className="outcomes-figures">
              <div>
                <dt>Infusions</dt>
                <dd>{data.data.benefitRisk.totals.infusions}</dd>
              </div>
              <div>
                <dt>Cumulative dose (lifetime)</dt>
                <dd>{formatMg(data.data.cumulativeDoseMg)}</dd>
              </div>
              <div>
                <dt>Infusions with ≥ 30 % less pain</dt>
                <dd>
                  {data.data.benefitRisk.totals.responders} of {data.data.benefitRisk.totals.assessed}{" "}
                  assessed
                </dd>
              </div>
              <div>
                <dt>Side effects</dt>
                <dd>{data.data.benefitRisk.totals.sideEffectCount}</dd>
              </div>
              <div>
                <dt>Worst grade</dt>
                <dd>{data.data.benefitRisk.totals.worstGrade ?? "—"}</dd>
              </div>
              <div>
                <dt>Red-flag effects at the chair</dt>
                <dd>{data.data.benefitRisk.totals.redFlagCount}</dd>
              </div>
              <div>
                <dt>Warning signs reported from home</dt>
                <dd>{data.data.warningSignsReported}</dd>
              </div>
            </dl>
            <InfusionTable infusions={data.data.infusions} />
            <h3>Reports from home</h3>
            {data.data.reports.length === 0 ? (
              <p>No reports yet.</p>
            ) : (
              <ul className="plain-list">
                {data.data.reports.map((r) => (
                  <li key={r.id}>
                    {new Date(r.submittedAt).toLocaleString("en-GB", {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                    {" · "}
                    {LEVEL_LABEL[r.level]}
                    {r.triage.reasons.length > 0 && `: ${r.triage.reasons.map((x) => x.text).join("; ")}`}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {data.data && (
        <>
          <ContinuationPanel continuation={data.data.continuation} forPhysician={role === "physician"} />
          <LongTermList items={data.data.longTerm} />
        </>
      )}
      {role === "physician" && <BoosterForm patientId={patientId} bookings={data.data?.boosters} />}
    </>
  );
}
