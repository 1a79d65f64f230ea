import { describe, expect, it } from "vitest";
import { MODIFIED_ALDRETE, PADSS_INFUSION } from "../../../src/clinical/scores/definitions";
import {
  dischargeScoreEntry,
  emptyItems,
  itemChoices,
  latestDischargeScore,
  passText,
  scoreItems,
} from "./discharge-score";
import { historyEntry } from "./testCards";

const aldrete = (overrides: Record<string, string> = {}) => ({
  activity: "2",
  respiration: "2",
  circulation: "2",
  consciousness: "2",
  oxygenation: "2",
  ...overrides,
});

const scored = historyEntry;

describe("item choices", () => {
  it("offers every score of each item with what it means, lowest first", () => {
    const items = itemChoices(MODIFIED_ALDRETE);
    expect(items.map((i) => i.id)).toEqual([
      "activity",
      "respiration",
      "circulation",
      "consciousness",
      "oxygenation",
    ]);
    expect(items[1]!.choices).toEqual([
      { value: 0, meaning: MODIFIED_ALDRETE.items[1]!.anchors![0] },
      { value: 1, meaning: MODIFIED_ALDRETE.items[1]!.anchors![1] },
      { value: 2, meaning: MODIFIED_ALDRETE.items[1]!.anchors![2] },
    ]);
  });

  it("starts with nothing picked", () => {
    expect(Object.values(emptyItems("padss"))).toEqual(PADSS_INFUSION.items.map(() => ""));
  });
});

describe("scoreItems", () => {
  it("names each item not yet picked", () => {
    const r = scoreItems("aldrete", { ...emptyItems("aldrete"), activity: "2", consciousness: "1" });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : Object.keys(r.errors)).toEqual(["respiration", "circulation", "oxygenation"]);
  });

  it("passes a modified Aldrete of 9 with full breathing and oxygen, and sends the items with the total", () => {
    const r = scoreItems("aldrete", aldrete({ activity: "1" }));
    if (!r.ok) throw new Error("expected a score");
    expect(r.value.total).toBe(9);
    expect(r.value.passed).toBe(true);
    expect(dischargeScoreEntry("aldrete", r.value)).toEqual({
      kind: "score",
      scale: "aldrete",
      value: 9,
      items: { activity: 1, respiration: 2, circulation: 2, consciousness: 2, oxygenation: 2 },
    });
  });

  it("fails a modified Aldrete of 9 that lost its point on oxygen, naming the pass rule", () => {
    const r = scoreItems("aldrete", aldrete({ oxygenation: "1" }));
    if (!r.ok) throw new Error("expected a score");
    expect(r.value.total).toBe(9);
    expect(r.value.passed).toBe(false);
    expect(passText(MODIFIED_ALDRETE, r.value)).toBe(`Does not pass: ${MODIFIED_ALDRETE.pass!.text}`);
  });

  it("passes the infusion PADSS from 9", () => {
    const all = (v: string) => Object.fromEntries(PADSS_INFUSION.items.map((i) => [i.id, v]));
    const nine = scoreItems("padss", { ...all("2"), pain: "1" });
    const eight = scoreItems("padss", { ...all("2"), pain: "0" });
    expect(nine.ok && nine.value.passed).toBe(true);
    expect(eight.ok && eight.value.passed).toBe(false);
  });
});

describe("latestDischargeScore", () => {
  it("judges the latest discharge score in force, leaving out other scales and withdrawn entries", () => {
    const history = [
      scored(1, { kind: "score", scale: "padss", value: 10 }),
      scored(2, {
        kind: "score",
        scale: "aldrete",
        value: 9,
        items: { activity: 1, respiration: 2, circulation: 2, consciousness: 2, oxygenation: 2 },
      }),
      scored(3, { kind: "score", scale: "moaas", value: 5 }),
      scored(4, { kind: "score", scale: "aldrete", value: 10 }, "entered-in-error"),
    ];
    const latest = latestDischargeScore(history);
    expect(latest).toMatchObject({
      scale: "aldrete",
      at: 2,
      itemised: true,
      result: { total: 9, passed: true },
    });
  });

  it("fails a modified Aldrete of 9 charted as a total alone, since breathing or oxygen may have lost the point", () => {
    const latest = latestDischargeScore([scored(1, { kind: "score", scale: "aldrete", value: 9 })]);
    expect(latest).toMatchObject({ itemised: false, result: { total: 9, passed: false } });
  });

  it("is null before any discharge score", () => {
    expect(latestDischargeScore([scored(1, { kind: "score", scale: "nrs", value: 3 })])).toBeNull();
  });
});
