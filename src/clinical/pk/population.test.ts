import { describe, expect, it } from "vitest";
import { kg, mgPerHour, minutes, ngPerMl } from "../units";
import { DOMINO } from "./models";
import { populationBand, seededRandom, virtualPopulation } from "./population";
import { gridTimes, predict } from "./predict";

const spec = { seed: 42, size: 200, minWeight: kg(50), maxWeight: kg(120), logSd: 0.3 };
const times = Array.from({ length: 61 }, (_, i) => minutes(i * 4));
const perKg = (w: number) => [
  { kind: "rate" as const, start: minutes(0), stop: minutes(40), rate: mgPerHour(0.75 * w) },
];

describe("seededRandom", () => {
  it("repeats for a seed, differs between seeds, stays in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs[0]).not.toBe(c());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("virtual population", () => {
  it("is the same for the same seed and keeps weights in range", () => {
    const p1 = virtualPopulation(DOMINO, spec);
    expect(virtualPopulation(DOMINO, spec)).toEqual(p1);
    expect(p1.every((p) => p.weight >= 50 && p.weight <= 120)).toBe(true);
  });

  it("with no variability, every member has the published parameters", () => {
    const p = virtualPopulation(DOMINO, { ...spec, logSd: 0 });
    expect(
      p.every((x) => x.parameters.k10 === DOMINO.k10 && x.parameters.v1LitresPerKg === DOMINO.v1LitresPerKg),
    ).toBe(true);
  });

  it("band: low ≤ median ≤ high at every time, and collapses to one curve without variability", () => {
    const patients = virtualPopulation(DOMINO, spec);
    const band = populationBand(patients, (p) => perKg(p.weight), times);
    band.low.forEach((l, i) => {
      expect(l).toBeLessThanOrEqual(band.median[i]!);
      expect(band.median[i]!).toBeLessThanOrEqual(band.high[i]!);
    });
    expect(band.high[10]!).toBeGreaterThan(band.low[10]!);

    const same = populationBand(
      virtualPopulation(DOMINO, { ...spec, logSd: 0 }),
      (p) => perKg(p.weight),
      times,
    );
    const single = predict(DOMINO, kg(70), perKg(70), times);
    same.median.forEach((m, i) => {
      expect(m).toBeCloseTo(single[i]!, 9);
      expect(same.low[i]).toBeCloseTo(single[i]!, 9);
    });
  });

  it("uses the given percentiles and predictor", () => {
    const patients = virtualPopulation(DOMINO, spec);
    const wide = populationBand(patients, (p) => perKg(p.weight), times, {
      percentiles: { low: 0, high: 100 },
    });
    const narrow = populationBand(patients, (p) => perKg(p.weight), times);
    expect(wide.low[10]!).toBeLessThanOrEqual(narrow.low[10]!);
    expect(wide.high[10]!).toBeGreaterThanOrEqual(narrow.high[10]!);
    const flat = populationBand(patients, (p) => perKg(p.weight), times, {
      predictor: (_m, _w, _d, t) => t.map(() => ngPerMl(7)),
    });
    expect(flat.median.every((c) => c === 7)).toBe(true);
  });

  it("reads each percentile as the value at that rank of the sorted column", () => {
    const patients = virtualPopulation(DOMINO, { ...spec, size: 37 });
    const band = populationBand(patients, (p) => perKg(p.weight), times, {
      percentiles: { low: 10, high: 80 },
    });
    const curves = patients.map((p) => predict(p.parameters, p.weight, perKg(p.weight), times));
    times.forEach((_, t) => {
      const sorted = curves.map((c) => c[t]!).sort((a, b) => a - b);
      expect([band.low[t], band.median[t], band.high[t]]).toEqual([sorted[3], sorted[18], sorted[29]]);
    });
  });

  it("gives the same band on an evenly spaced grid as on the list of its times", () => {
    const patients = virtualPopulation(DOMINO, spec);
    const grid = { start: 0, step: 4, count: 61 };
    const fromGrid = populationBand(patients, (p) => perKg(p.weight), grid);
    const fromList = populationBand(patients, (p) => perKg(p.weight), gridTimes(grid));
    for (const key of ["low", "median", "high"] as const) {
      expect(fromGrid[key]).toHaveLength(61);
      fromGrid[key].forEach((c, i) => {
        expect(Math.abs(c - fromList[key][i]!)).toBeLessThanOrEqual(1e-9 * fromList[key][i]!);
      });
    }
    const flat = populationBand(patients, (p) => perKg(p.weight), grid, {
      predictor: (_m, _w, _d, t) => t.map((x) => ngPerMl(x)),
    });
    expect(flat.median).toEqual(gridTimes(grid));
  });

  it("refuses an empty population", () => {
    expect(() => populationBand([], () => [], times)).toThrow(/at least one/);
  });
});
