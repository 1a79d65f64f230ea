/** Laying out the floor board: one card per chair, and the alerts a physician must see. */
import type { AlertView } from "../../../src/clinical/chair/view";
import type { Priority } from "../../../src/clinical/monitoring/types";
import type { Board, BoardCard, Chair } from "../api/types";

export interface ChairRow {
  chair: Chair;
  /** The session in the chair now: the first of the day not yet discharged or cancelled, else the last. */
  card: BoardCard | null;
  /** The chair's other sessions that day, by start time. */
  others: BoardCard[];
}

const done = (c: BoardCard) => c.view.phase === "discharged" || c.session.status === "cancelled";

export function chairRows(board: Board): ChairRow[] {
  const rows = new Map<string, ChairRow>(
    board.chairs.map((chair) => [chair.id, { chair, card: null, others: [] }]),
  );
  const cards = [...board.cards].sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
  for (const card of cards) {
    let row = rows.get(card.session.chair.id);
    if (!row) {
      row = { chair: card.session.chair, card: null, others: [] };
      rows.set(card.session.chair.id, row);
    }
    row.others.push(card);
  }
  for (const row of rows.values()) {
    row.card = row.others.find((c) => !done(c)) ?? row.others.at(-1) ?? null;
    row.others = row.others.filter((c) => c !== row.card);
  }
  return [...rows.values()];
}

const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Unacknowledged alerts first, then by priority, then the oldest first. */
export function sortAlerts(alerts: readonly AlertView[]): AlertView[] {
  return [...alerts].sort(
    (a, b) =>
      Number(a.acknowledged !== null) - Number(b.acknowledged !== null) ||
      RANK[a.priority] - RANK[b.priority] ||
      a.raisedAt - b.raisedAt,
  );
}

/** The alerts escalated to the physician and not yet acknowledged, with their session's card. */
export function escalated(cards: readonly BoardCard[]): { card: BoardCard; alert: AlertView }[] {
  return cards.flatMap((card) =>
    card.view.alerts
      .filter((a) => a.escalatedToPhysician && a.acknowledged === null)
      .map((alert) => ({ card, alert })),
  );
}

export const patientName = (card: BoardCard): string =>
  `${card.session.patient.givenName} ${card.session.patient.familyName}`;
