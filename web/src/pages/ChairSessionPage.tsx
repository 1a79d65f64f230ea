import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { chair } from "../api/endpoints";
import { AlertList } from "../chair/AlertList";
import { patientName } from "../chair/board";
import { useServerNow } from "../chair/clock";
import { DischargePanel } from "../chair/DischargePanel";
import { GatePanel } from "../chair/GatePanel";
import { HistoryPanel } from "../chair/HistoryPanel";
import { InfusionControls } from "../chair/InfusionControls";
import { LiveBanner } from "../chair/LiveBanner";
import { chartKey } from "../chair/queries";
import { ScoresPanel } from "../chair/ScoresPanel";
import { SessionHeader } from "../chair/SessionHeader";
import { SideEffectsPanel } from "../chair/SideEffectsPanel";
import { Timeline } from "../chair/Timeline";
import { UnsentEntries } from "../chair/UnsentEntries";
import { useBoardStream } from "../chair/useBoardStream";
import { VitalsPanel } from "../chair/VitalsPanel";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../chair/chair.css";

const BEFORE_START = new Set(["waiting", "pre-checks"]);
const AFTER_INFUSION = new Set(["observing", "ready-for-discharge", "discharged"]);

/** Everything charted at one chair for one session, live. */
export function ChairSessionPage() {
  const { id = "" } = useParams();
  const chart = useQuery({ queryKey: chartKey(id), queryFn: () => chair.chart(id) });
  const card = chart.data?.card;
  usePageTitle(card ? `${patientName(card)} · chair` : "Chair session");
  const stream = useBoardStream((sessionId) => (card && sessionId === id ? patientName(card) : null));
  const now = useServerNow();

  if (chart.isError) return <ProblemNotice error={chart.error} />;
  if (!chart.data || !card) return <p className="loading">Loading the session…</p>;
  const { facts, history, staff } = chart.data;
  const { view } = card;
  // Once discharged (or for a cancelled session) the server takes corrections only.
  const charting = view.phase !== "discharged" && !facts.cancelled;
  return (
    <>
      <SessionHeader card={card} facts={facts} view={view} />
      <LiveBanner status={stream} />
      <UnsentEntries sessionId={id} />
      <section className="card" aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">Alerts</h2>
        <AlertList sessionId={id} alerts={view.alerts} staff={staff} detailed />
      </section>
      {charting && BEFORE_START.has(view.phase) && <GatePanel view={view} />}
      {charting && (
        <>
          <InfusionControls facts={facts} view={view} />
          <VitalsPanel view={view} now={now} />
          <ScoresPanel view={view} now={now} />
          <SideEffectsPanel view={view} />
        </>
      )}
      {!charting && (
        <p className="notice">
          {facts.cancelled
            ? "This session was cancelled; nothing can be charted."
            : "The patient has been discharged; entries can only be corrected in the history."}
        </p>
      )}
      {AFTER_INFUSION.has(view.phase) && <DischargePanel view={view} history={history} now={now} />}
      <Timeline chart={chart.data} now={now} />
      <HistoryPanel sessionId={id} history={history} staff={staff} />
    </>
  );
}
