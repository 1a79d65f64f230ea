import { describe, expect, it } from "vitest";
import { announce, boardWithAlert, withAlert, withCard } from "./live";
import { alert, board, card } from "./testCards";

describe("withCard", () => {
  it("replaces the same session's card and keeps the others", () => {
    const before = board([card("a", "1", "2026-11-25T08:00:00"), card("b", "2", "2026-11-25T09:00:00")]);
    const next = card("a", "1", "2026-11-25T08:00:00", { phase: "infusing" });
    const after = withCard(before, next);
    expect(after.cards.map((c) => [c.session.id, c.view.phase])).toEqual([
      ["a", "infusing"],
      ["b", "waiting"],
    ]);
    expect(before.cards[0]?.view.phase).toBe("waiting");
  });

  it("adds a new session of the board's day and ignores one of another day", () => {
    const before = board([]);
    expect(withCard(before, card("n", "1", "2026-11-25T10:00:00")).cards).toHaveLength(1);
    expect(withCard(before, card("n", "1", "2026-11-26T10:00:00")).cards).toHaveLength(0);
  });
});

describe("withAlert", () => {
  it("adds a raised alert, replaces it when acknowledged and removes it when cleared", () => {
    const raised = alert("k");
    const list = withAlert([], { sessionId: "a", change: "raised", alert: raised });
    expect(list).toEqual([raised]);
    const acked = { ...raised, acknowledged: { by: "nurse", at: 5 } };
    expect(withAlert(list, { sessionId: "a", change: "acknowledged", alert: acked })).toEqual([acked]);
    expect(withAlert(list, { sessionId: "a", change: "cleared", alert: raised })).toEqual([]);
  });

  it("changes only the card of the alert's session", () => {
    const before = board([card("a", "1", "2026-11-25T08:00:00"), card("b", "2", "2026-11-25T09:00:00")]);
    const after = boardWithAlert(before, { sessionId: "b", change: "raised", alert: alert("k") });
    expect(after.cards.map((c) => c.view.alerts.length)).toEqual([0, 1]);
  });
});

describe("announce", () => {
  it("announces raised and escalated alerts and stays quiet for the rest", () => {
    const a = alert("k", { priority: "high", title: "Low oxygen" });
    expect(announce({ sessionId: "s", change: "raised", alert: a }, "Ada Lovelace")).toBe(
      "New high-priority alert for Ada Lovelace: Low oxygen",
    );
    expect(announce({ sessionId: "s", change: "escalated", alert: a }, null)).toBe(
      "Alert escalated to the physician: Low oxygen",
    );
    expect(announce({ sessionId: "s", change: "cleared", alert: a }, null)).toBeNull();
  });
});
