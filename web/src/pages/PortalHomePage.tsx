import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { PORTAL_KEY, portal } from "../api/portal";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../portal/portal.css";
import { CheckinsCard } from "../portal/CheckinsCard";
import { HowAmIDoing } from "../portal/HowAmIDoing";
import { NextInfusionCard } from "../portal/NextInfusionCard";
import { PendingReports } from "../portal/PendingReports";
import { ReportsList } from "../portal/ReportsList";

/** The patient's home: report a symptom at any time, check-ins, the next infusion and how they are doing. */
export function PortalHomePage() {
  const me = useMe();
  usePageTitle("Home");
  const overview = useQuery({ queryKey: PORTAL_KEY, queryFn: portal.get });
  return (
    <div className="portal">
      <h1>Hello, {me.name}</h1>
      <section className="card portal-report-cta" aria-labelledby="report-cta-title">
        <h2 id="report-cta-title" className="visually-hidden">
          Tell us how you are
        </h2>
        <Link className="button-link primary portal-big-button" to="/portal/report">
          Report a symptom
        </Link>
        <p>Any time, day or night. For an emergency, call your local emergency number instead.</p>
        {overview.data && <p className="muted">{overview.data.responseTimeText}</p>}
      </section>
      <PendingReports />
      {overview.isPending && <p className="loading">Loading…</p>}
      {overview.isError && <ProblemNotice error={overview.error} />}
      {overview.data && (
        <>
          <CheckinsCard checkins={overview.data.checkins} />
          <NextInfusionCard next={overview.data.nextInfusion} />
          <HowAmIDoing pain={overview.data.pain} response={overview.data.response} />
          <ReportsList reports={overview.data.reports} />
        </>
      )}
    </div>
  );
}
