import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AlertBurdenFigures } from "../analytics/AlertBurdenFigures";
import { defaultPeriod, periodProblem } from "../analytics/format";
import { IncidenceChart } from "../analytics/IncidenceChart";
import { IncidenceTable } from "../analytics/IncidenceTable";
import { OnsetTable } from "../analytics/OnsetTable";
import { ResponseTable } from "../analytics/ResponseTable";
import { analytics, analyticsCsvHref, type Period } from "../api/followup";
import { TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../analytics/analytics.css";
import "../followup/followup.css";

/** Side effects, response and alerting across the clinic's infusions in a period. */
export function AnalyticsPage() {
  usePageTitle("Clinic analytics");
  const [draft, setDraft] = useState<Period>(() => defaultPeriod(new Date()));
  const [period, setPeriod] = useState<Period>(draft);
  const [problem, setProblem] = useState<string | null>(null);
  const result = useQuery({ queryKey: ["analytics", period], queryFn: () => analytics.get(period) });
  const data = result.data;

  return (
    <>
      <div className="page-head">
        <h1>Clinic analytics</h1>
        <a className="csv-link no-print" href={analyticsCsvHref(period)} download>
          Download CSV
        </a>
      </div>
      <form
        className="period-form card"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
          const why = periodProblem(draft);
          setProblem(why);
          if (why === null) setPeriod(draft);
        }}
      >
        <TextField
          label="From"
          type="date"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          label="To"
          type="date"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
          error={problem ?? undefined}
        />
        <div className="actions">
          <button type="submit" className="primary">
            Show period
          </button>
        </div>
      </form>
      {result.isError && <ProblemNotice error={result.error} />}
      {result.isPending && <p className="loading">Counting…</p>}
      {data && (
        <>
          <p>
            {data.infusions} {data.infusions === 1 ? "infusion" : "infusions"} discharged from {data.from} to{" "}
            {data.to}. Rates are per 100 infusions (each infusion counts once per effect) with Wilson 95 %
            confidence intervals; with few infusions the intervals are wide.
          </p>
          <section className="card" aria-labelledby="incidence-title">
            <h2 id="incidence-title">Side effects</h2>
            <IncidenceChart rows={data.incidence} infusions={data.infusions} />
            <IncidenceTable caption="All infusions" rows={data.incidence} />
          </section>
          <section className="card" aria-labelledby="by-protocol-title">
            <h2 id="by-protocol-title">Side effects by protocol</h2>
            {data.byProtocol.length === 0 && <p>No infusions in this period.</p>}
            {data.byProtocol.map((g) => (
              <IncidenceTable key={g.group} caption={`Protocol ${g.group}`} rows={g.incidence} />
            ))}
          </section>
          <section className="card" aria-labelledby="by-dose-title">
            <h2 id="by-dose-title">Side effects by dose band</h2>
            {data.byDoseBand.length === 0 && <p>No infusions in this period.</p>}
            {data.byDoseBand.map((g) => (
              <IncidenceTable key={g.group} caption={`Dose ${g.label}`} rows={g.incidence} />
            ))}
          </section>
          <section className="card" aria-labelledby="onset-title">
            <h2 id="onset-title">When reported side effects began</h2>
            <OnsetTable rows={data.onset} />
          </section>
          <section className="card" aria-labelledby="response-title">
            <h2 id="response-title">Response</h2>
            <ResponseTable rows={data.response} />
          </section>
          <AlertBurdenFigures burden={data.alerts} />
        </>
      )}
    </>
  );
}
