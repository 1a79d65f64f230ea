import { describe, expect, it } from "vitest";
import { align, baselineBand, pkColumns, rateColumn, scoreColumn, timeRange, vitalColumn } from "./series";
import { historyEntry } from "./testCards";

const entry = historyEntry;

describe("align", () => {
  it("puts every column on one sorted time axis in seconds, null where a column has no value", () => {
    expect(
      align([
        { at: [2000, 1000], values: [2, 1] },
        { at: [3000, 1000], values: [30, 10] },
      ]),
    ).toEqual([
      [1, 2, 3],
      [1, 2, null],
      [10, null, 30],
    ]);
  });
});

describe("vitalColumn", () => {
  it("takes only the points that have the sign", () => {
    const trend = [
      { at: 1, values: { hr: 70 } },
      { at: 2, values: { sbp: 120 } },
      { at: 3, values: { hr: 75, sbp: 125 } },
    ];
    expect(vitalColumn(trend, "hr")).toEqual({ at: [1, 3], values: [70, 75] });
  });
});

describe("rateColumn", () => {
  it("steps through rate changes, drops to zero in a pause and holds the rate until now while running", () => {
    const segments = [
      { from: 0, to: 10, rateMgPerHour: 30 },
      { from: 10, to: 20, rateMgPerHour: 20 },
      { from: 30, to: null, rateMgPerHour: 25 },
    ];
    expect(rateColumn(segments, 40)).toEqual({ at: [0, 10, 20, 30, 40], values: [30, 20, 0, 25, 25] });
  });

  it("ends at zero once stopped", () => {
    expect(rateColumn([{ from: 0, to: 5, rateMgPerHour: 30 }], 99)).toEqual({ at: [0, 5], values: [30, 0] });
  });
});

describe("scoreColumn", () => {
  it("uses amended values and leaves out entries withdrawn in error", () => {
    const history = [
      entry(1, { kind: "score", scale: "moaas", value: 4 }, "amended"),
      entry(2, { kind: "score", scale: "moaas", value: 2 }, "entered-in-error"),
      entry(3, { kind: "score", scale: "cadss6", value: 5 }),
      entry(4, { kind: "vitals", hr: 70 }),
    ];
    expect(scoreColumn(history, "moaas")).toEqual({ at: [1], values: [4] });
  });
});

describe("pkColumn and baselineBand", () => {
  it("turns mg/L into ng/mL and, once stopped, draws it all as what ran", () => {
    expect(pkColumns({ at: [0, 60_000], concentrationMgPerL: [0, 0.15], forecastFrom: null })).toEqual({
      sofar: { at: [0, 60_000], values: [0, 150] },
      forecast: { at: [], values: [] },
    });
  });

  it("while the pump runs, splits the curve at now into what ran and the forecast, meeting at a grid minute", () => {
    const pk = {
      at: [0, 60_000, 120_000, 180_000],
      concentrationMgPerL: [0, 0.1, 0.15, 0.12],
      forecastFrom: 90_000,
    };
    expect(pkColumns(pk)).toEqual({
      sofar: { at: [0, 60_000], values: [0, 100] },
      forecast: { at: [60_000, 120_000, 180_000], values: [100, 150, 120] },
    });
  });

  it("spans 20% either side of the baseline", () => {
    expect(baselineBand(100)).toEqual({ low: 80, high: 120 });
    expect(baselineBand(undefined)).toBeNull();
  });
});

describe("timeRange", () => {
  it("keeps a long span and widens a short one, or a single reading, to an hour from its start", () => {
    expect(timeRange([0, 60, 7200])).toEqual([0, 7200]);
    expect(timeRange([100, 160])).toEqual([100, 3700]);
    expect(timeRange([100])).toEqual([100, 3700]);
  });
});
