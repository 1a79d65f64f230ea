import { Link } from "react-router";
import type { SessionFacts, SessionView } from "../../../src/clinical/chair/view";
import type { BoardCard } from "../api/types";
import { patientName } from "./board";
import { PhaseBadge } from "./PhaseBadge";
import { mg, mgPerHour, minutes } from "./words";

/** Who is in which chair, the phase, and the approved plan for this infusion. */
export function SessionHeader({
  card,
  facts,
  view,
}: {
  card: BoardCard;
  facts: SessionFacts;
  view: SessionView;
}) {
  const { session } = card;
  // The pump's running time; the booked slot below also holds the observation after it.
  const over = facts.plan.infusionMinutes == null ? "" : ` over ${minutes(facts.plan.infusionMinutes)}`;
  return (
    <div className="page-head session-head">
      <h1>
        {patientName(card)} <span className="muted">· {session.chair.name}</span>
      </h1>
      <PhaseBadge phase={view.phase} />
      {view.feed.stale && <span className="badge badge-danger">Monitor feed stale</span>}
      <dl className="facts">
        <div>
          <dt>MRN</dt>
          <dd className="mono">{session.patient.mrn}</dd>
        </div>
        <div>
          <dt>Protocol</dt>
          <dd>{facts.plan.protocolName}</dd>
        </div>
        <div>
          <dt>Planned rate</dt>
          <dd>{mgPerHour(facts.plan.rateMgPerHour)}</dd>
        </div>
        <div>
          <dt>Planned dose</dt>
          <dd>{`${mg(facts.plan.doseMg)}${over} (${facts.plan.weightKg} kg)`}</dd>
        </div>
        <div>
          <dt>Booked slot</dt>
          <dd>{minutes(facts.plannedDurationMin)}, infusion and observation</dd>
        </div>
      </dl>
      <p className="no-print">
        <Link to="/board">Back to the floor board</Link> ·{" "}
        <Link to={`/patients/${session.patient.id}`}>Patient record</Link>
      </p>
    </div>
  );
}
