import { Link } from "react-router";
import type { BoardCard, StaffMember } from "../api/types";
import { AlertList } from "./AlertList";
import { escalated, patientName } from "./board";

/** For the physician: high-priority alerts nobody acknowledged in time, with their patient and chair. */
export function EscalatedSection({
  cards,
  staff,
}: {
  cards: readonly BoardCard[];
  staff: readonly StaffMember[];
}) {
  const items = escalated(cards);
  return (
    <section className="card escalated" aria-labelledby="escalated-heading">
      <h2 id="escalated-heading">Escalated to you</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing is waiting for you.</p>
      ) : (
        <ul className="plain-list">
          {items.map(({ card, alert }) => (
            <li key={`${card.session.id}-${alert.key}`}>
              <p>
                <Link to={`/sessions/${card.session.id}/chair`}>{patientName(card)}</Link> ·{" "}
                {card.session.chair.name}
              </p>
              <AlertList sessionId={card.session.id} alerts={[alert]} staff={staff} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
