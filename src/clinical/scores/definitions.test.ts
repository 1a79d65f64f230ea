import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { SCORE_DEFINITIONS } from "./definitions";
import { totalRange } from "./score";

describe("score definitions", () => {
  it("cite registered sources, including their pass rules", () => {
    const passRules = SCORE_DEFINITIONS.flatMap((d) => (d.pass ? [d.pass] : []));
    expect(citationProblems([...SCORE_DEFINITIONS, ...passRules])).toEqual([]);
  });

  it("have unique ids and item ids", () => {
    expect(new Set(SCORE_DEFINITIONS.map((d) => d.id)).size).toBe(SCORE_DEFINITIONS.length);
    for (const d of SCORE_DEFINITIONS)
      expect(new Set(d.items.map((i) => i.id)).size, d.id).toBe(d.items.length);
  });

  it("give every possible total exactly one band", () => {
    for (const d of SCORE_DEFINITIONS) {
      const { min, max } = totalRange(d);
      for (let total = min; total <= max; total++) {
        expect(
          d.bands.filter((b) => total >= b.min && total <= b.max),
          `${d.id} total ${total}`,
        ).toHaveLength(1);
      }
      expect(Math.min(...d.bands.map((b) => b.min)), d.id).toBe(min);
      expect(Math.max(...d.bands.map((b) => b.max)), d.id).toBe(max);
    }
  });

  it("have one anchor per possible item score where anchors are given", () => {
    for (const d of SCORE_DEFINITIONS) {
      for (const item of d.items) {
        if (item.anchors && item.anchors.length > 0) {
          expect(item.anchors, `${d.id}.${item.id}`).toHaveLength(item.max - item.min + 1);
        }
      }
    }
  });

  it("name only real items in pass rules", () => {
    for (const d of SCORE_DEFINITIONS) {
      for (const id of Object.keys(d.pass?.minItems ?? {}))
        expect(
          d.items.map((i) => i.id),
          d.id,
        ).toContain(id);
    }
  });

  it("match the published ranges: MOAA/S 0–5, RASS −5…+4, CADSS-6 0–24, NRS 0–10, Aldrete and PADSS 0–10", () => {
    const ranges = Object.fromEntries(SCORE_DEFINITIONS.map((d) => [d.id, totalRange(d)]));
    expect(ranges).toEqual({
      "score.moaas": { min: 0, max: 5 },
      "score.rass": { min: -5, max: 4 },
      "score.cadss6": { min: 0, max: 24 },
      "score.pain-nrs": { min: 0, max: 10 },
      "score.modified-aldrete": { min: 0, max: 10 },
      "score.padss-infusion": { min: 0, max: 10 },
    });
  });

  it("keep CADSS-6 to items 1, 2, 6, 7, 15 and 22 of the full scale", () => {
    const cadss = SCORE_DEFINITIONS.find((d) => d.id === "score.cadss6")!;
    expect(cadss.items.map((i) => i.id)).toEqual(["item1", "item2", "item6", "item7", "item15", "item22"]);
  });
});
