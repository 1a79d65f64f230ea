/**
 * Folding the live stream into what the pages already hold: a `card` event replaces that session's card,
 * an `alert` event updates the alert list of its card, so the board changes without reloading.
 */
import type { AlertView } from "../../../src/clinical/chair/view";
import type { AlertEvent, Board, BoardCard, SessionChart } from "../api/types";
import { localDate } from "../schedule/day";

/** The board with the card in place of the same session's card (added when it is new for that day). */
export function withCard(board: Board, card: BoardCard): Board {
  const i = board.cards.findIndex((c) => c.session.id === card.session.id);
  if (i >= 0) return { ...board, cards: board.cards.with(i, card) };
  return localDate(card.session.startsAt) === board.date
    ? { ...board, cards: [...board.cards, card] }
    : board;
}

/** The alerts after an alert event: cleared ones leave, others are replaced by key or added. */
export function withAlert(alerts: readonly AlertView[], event: AlertEvent): AlertView[] {
  const rest = alerts.filter((a) => a.key !== event.alert.key);
  return event.change === "cleared" ? rest : [...rest, event.alert];
}

/** A card with an alert event applied, when the event is about its session. */
export function cardWithAlert(card: BoardCard, event: AlertEvent): BoardCard {
  if (card.session.id !== event.sessionId) return card;
  return { ...card, view: { ...card.view, alerts: withAlert(card.view.alerts, event) } };
}

export function boardWithAlert(board: Board, event: AlertEvent): Board {
  return { ...board, cards: board.cards.map((c) => cardWithAlert(c, event)) };
}

export function chartWithCard(chart: SessionChart, card: BoardCard): SessionChart {
  return chart.card.session.id === card.session.id ? { ...chart, card } : chart;
}

/** Words for the live region when an alert arrives, or null for changes that need no announcement. */
export function announce(event: AlertEvent, patientName: string | null): string | null {
  const who = patientName ? ` for ${patientName}` : "";
  if (event.change === "raised")
    return `New ${event.alert.priority}-priority alert${who}: ${event.alert.title}`;
  if (event.change === "escalated") return `Alert escalated to the physician${who}: ${event.alert.title}`;
  return null;
}
