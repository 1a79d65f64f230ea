import { describe, expect, it } from "vitest";
import { chairRows, escalated, sortAlerts } from "./board";
import { alert, board, card } from "./testCards";

describe("chairRows", () => {
  it("shows each chair's first unfinished session, the rest listed, and empty chairs too", () => {
    const morning = card("a", "1", "2026-11-25T08:00:00", { phase: "discharged" });
    const noon = card("b", "1", "2026-11-25T12:00:00", { phase: "infusing" });
    const evening = card("c", "1", "2026-11-25T16:00:00");
    const rows = chairRows(board([evening, morning, noon]));
    expect(
      rows.map((r) => [r.chair.id, r.card?.session.id ?? null, r.others.map((c) => c.session.id)]),
    ).toEqual([
      ["1", "b", ["a", "c"]],
      ["2", null, []],
    ]);
  });

  it("shows the last session when the whole day is done, and a chair missing from the list", () => {
    const first = card("a", "1", "2026-11-25T08:00:00", { phase: "discharged" });
    const second = card("b", "1", "2026-11-25T12:00:00", { phase: "discharged" });
    const elsewhere = card("c", "9", "2026-11-25T09:00:00");
    const rows = chairRows(board([first, second, elsewhere]));
    expect(rows.map((r) => [r.chair.id, r.card?.session.id])).toEqual([
      ["1", "b"],
      ["2", undefined],
      ["9", "c"],
    ]);
  });
});

describe("sortAlerts", () => {
  it("puts unacknowledged, then higher priority, then older alerts first", () => {
    const acked = alert("acked", { priority: "high", acknowledged: { by: "u", at: 5 } });
    const low = alert("low", { priority: "low", raisedAt: 1 });
    const highNew = alert("high-new", { priority: "high", raisedAt: 9 });
    const highOld = alert("high-old", { priority: "high", raisedAt: 2 });
    expect(sortAlerts([acked, low, highNew, highOld]).map((a) => a.key)).toEqual([
      "high-old",
      "high-new",
      "low",
      "acked",
    ]);
  });
});

describe("escalated", () => {
  it("lists escalated alerts nobody has acknowledged, with their session", () => {
    const a = card("a", "1", "2026-11-25T08:00:00", {
      alerts: [
        alert("x", { priority: "high", escalatedToPhysician: true }),
        alert("y", { priority: "high", escalatedToPhysician: true, acknowledged: { by: "u", at: 2 } }),
        alert("z", { priority: "high" }),
      ],
    });
    expect(escalated([a]).map(({ card, alert }) => [card.session.id, alert.key])).toEqual([["a", "x"]]);
  });
});
