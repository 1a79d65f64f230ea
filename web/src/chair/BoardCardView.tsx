import { Link } from "react-router";
import type { BoardCard, StaffMember } from "../api/types";
import { AlertList } from "./AlertList";
import { patientName } from "./board";
import { ChecksLine } from "./ChecksLine";
import { InfusionFigures } from "./InfusionFigures";
import { LatestVitals } from "./LatestVitals";
import { PhaseBadge } from "./PhaseBadge";

/** One chair on the floor board: who is in it, how the infusion stands, vitals, checks and alerts. */
export function BoardCardView({
  card,
  now,
  staff,
}: {
  card: BoardCard;
  now: number;
  staff: readonly StaffMember[];
}) {
  const { session, view } = card;
  return (
    <article
      className={`card board-card${view.alerts.some((a) => a.priority === "high" && !a.acknowledged) ? " board-card-alarm" : ""}`}
    >
      <header className="board-card-head">
        <h3>
          <Link to={`/sessions/${session.id}/chair`} className="card-link">
            {patientName(card)}
          </Link>
        </h3>
        <PhaseBadge phase={view.phase} />
        {view.feed.stale && <span className="badge badge-danger">Monitor feed stale</span>}
      </header>
      <InfusionFigures infusion={view.infusion} />
      <LatestVitals view={view} />
      <ChecksLine checks={view.checks} now={now} />
      <AlertList sessionId={session.id} alerts={view.alerts} staff={staff} />
    </article>
  );
}
