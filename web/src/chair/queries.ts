/** The chair's places in the query cache, and how a new card from the server lands in them. */
import type { QueryClient } from "@tanstack/react-query";
import type { AlertEvent, Board, BoardCard, SessionChart } from "../api/types";
import { boardWithAlert, cardWithAlert, chartWithCard, withCard } from "./live";

export const BOARD_KEY = ["chair", "board"] as const;
export const boardKey = (date: string) => [...BOARD_KEY, date] as const;
export const chartKey = (sessionId: string) => ["chair", "chart", sessionId] as const;

/** A session changed: its card is replaced everywhere, and its chart (history, curve) is read again. */
export function receiveCard(client: QueryClient, card: BoardCard): void {
  client.setQueriesData<Board>({ queryKey: BOARD_KEY }, (b) => b && withCard(b, card));
  client.setQueryData<SessionChart>(chartKey(card.session.id), (c) => c && chartWithCard(c, card));
  void client.invalidateQueries({ queryKey: chartKey(card.session.id) });
}

export function receiveAlert(client: QueryClient, event: AlertEvent): void {
  client.setQueriesData<Board>({ queryKey: BOARD_KEY }, (b) => b && boardWithAlert(b, event));
  client.setQueryData<SessionChart>(
    chartKey(event.sessionId),
    (c) => c && { ...c, card: cardWithAlert(c.card, event) },
  );
}
