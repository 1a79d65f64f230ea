import { describe, expect, it } from "vitest";
import type { PainPoint } from "../api/followup";
import { painChartData, painChartSummary } from "./painChart";

const points: PainPoint[] = [
  { at: 3_000, value: 4, source: "check-in" },
  { at: 1_000, value: 8, source: "before-infusion" },
  { at: 2_000, value: 6, source: "before-infusion" },
  { at: 3_000, value: 5, source: "before-infusion" },
];

describe("painChartData", () => {
  it("aligns both sources on one time axis in seconds, with the first pre-infusion score as the baseline", () => {
    const { data, baseline } = painChartData(points);
    expect(baseline).toBe(8);
    expect(data).toEqual([
      [1, 2, 3],
      [8, 6, 5],
      [null, null, 4],
      [8, 8, 8],
    ]);
  });

  it("has no baseline without a score before an infusion", () => {
    const { data, baseline } = painChartData([{ at: 1_000, value: 3, source: "check-in" }]);
    expect(baseline).toBeNull();
    expect(data[3]).toEqual([null]);
  });
});

describe("painChartSummary", () => {
  it("names the count, the first and the latest score", () => {
    const later: PainPoint = { at: 9_000, value: 2, source: "check-in" };
    expect(painChartSummary([later, ...points])).toBe(
      "5 pain scores (2 from check-ins): first 8/10, latest 2/10.",
    );
    expect(painChartSummary([])).toBe("No pain scores recorded yet.");
  });
});
