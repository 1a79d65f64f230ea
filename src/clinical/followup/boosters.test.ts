import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { BOOSTER_PATTERNS, boosterDates } from "./boosters";

const LAST = Date.UTC(2026, 0, 5, 9, 0);
const WEEK = 7 * 24 * 3_600_000;
const [crps, doubling] = BOOSTER_PATTERNS;

describe("boosterDates", () => {
  it("follows the doubling taper, then keeps its last interval", () => {
    expect(boosterDates(LAST, doubling!, 6).map((t) => (t - LAST) / WEEK)).toEqual([1, 3, 7, 15, 23, 31]);
  });

  it("follows the CRPS programme: every other week, monthly three times, then every 3 months", () => {
    expect(boosterDates(LAST, crps!, 7).map((t) => (t - LAST) / WEEK)).toEqual([2, 4, 8, 12, 16, 29, 42]);
  });

  it("ends when a pattern without a repeat runs out", () => {
    expect(boosterDates(LAST, { intervalsWeeks: [2, 4], thenEveryWeeks: null }, 5)).toHaveLength(2);
    expect(boosterDates(LAST, doubling!, 0)).toEqual([]);
  });

  it("refuses unusable patterns and counts", () => {
    expect(() => boosterDates(LAST, { intervalsWeeks: [], thenEveryWeeks: null }, 2)).toThrow(/no intervals/);
    expect(() => boosterDates(LAST, { intervalsWeeks: [0], thenEveryWeeks: 4 }, 2)).toThrow(/at least 1/);
    expect(() => boosterDates(LAST, doubling!, -1)).toThrow(RangeError);
  });

  it("gives the asked number of dates, each later than the last and never closer together", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOOSTER_PATTERNS), fc.integer({ min: 0, max: 30 }), (pattern, n) => {
        const dates = boosterDates(LAST, pattern, n);
        expect(dates).toHaveLength(n);
        const gaps = dates.map((d, i) => d - (i === 0 ? LAST : dates[i - 1]!));
        for (const [i, gap] of gaps.entries()) {
          expect(gap % WEEK).toBe(0);
          if (i > 0) expect(gap).toBeGreaterThanOrEqual(gaps[i - 1]!);
        }
      }),
    );
  });

  it("cites its sources", () => {
    expect(citationProblems(BOOSTER_PATTERNS)).toEqual([]);
  });
});
