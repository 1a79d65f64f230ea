import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alertBurden, incidencePer100, responseRate, wilson } from "./analytics";

const counts = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe("wilson", () => {
  it("matches published values", () => {
    // 0 of 10: upper bound z²/(n+z²) = 27.75 %; 5 of 10: 23.66–76.34 %; 81 of 263 (worked by hand): 25.53–36.62 %.
    expect(wilson(0, 10)!.upper).toBeCloseTo(27.75, 2);
    expect(wilson(0, 10)!.lower).toBe(0);
    expect(wilson(5, 10)!.lower).toBeCloseTo(23.66, 2);
    expect(wilson(5, 10)!.upper).toBeCloseTo(76.34, 2);
    expect(wilson(81, 263)!.lower).toBeCloseTo(25.53, 2);
    expect(wilson(81, 263)!.upper).toBeCloseTo(36.62, 2);
    expect(wilson(10, 10)!.upper).toBe(100);
  });

  it("has nothing to estimate from no infusions, and refuses impossible counts", () => {
    expect(incidencePer100(0, 0)).toBeNull();
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
  });

  it("contains the estimate and stays within 0–100", () => {
    fc.assert(
      fc.property(counts, ([k, n]) => {
        const r = wilson(k, n)!;
        expect(r.lower).toBeGreaterThanOrEqual(0);
        expect(r.upper).toBeLessThanOrEqual(100);
        expect(r.lower).toBeLessThanOrEqual(r.estimate);
        expect(r.upper).toBeGreaterThanOrEqual(r.estimate);
        expect(r.estimate).toBeCloseTo((k / n) * 100, 10);
      }),
    );
  });

  it("narrows as the same proportion is seen in more infusions", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 20 }), ([k, n], m) => {
        const small = wilson(k, n)!;
        const large = wilson(k * m, n * m)!;
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  it("is symmetric: events and non-events mirror each other", () => {
    fc.assert(
      fc.property(counts, ([k, n]) => {
        const a = wilson(k, n)!;
        const b = wilson(n - k, n)!;
        expect(a.lower).toBeCloseTo(100 - b.upper, 9);
      }),
    );
  });
});

describe("rates", () => {
  it("gives incidence per 100 infusions and response rate as percentages", () => {
    expect(incidencePer100(12, 80)).toMatchObject({ events: 12, n: 80, estimate: 15 });
    expect(responseRate(9, 20)!.estimate).toBe(45);
  });
});

describe("alertBurden", () => {
  it("counts alerts per session and the shares acknowledged and acted on", () => {
    const b = alertBurden(
      [
        { acknowledged: true, actedOn: true },
        { acknowledged: true, actedOn: false },
        { acknowledged: false, actedOn: false },
        { acknowledged: true, actedOn: false },
      ],
      8,
    );
    expect(b.alertsPerSession).toBe(0.5);
    expect(b.acknowledged!.estimate).toBe(75);
    expect(b.actedOn!.estimate).toBe(25);
  });

  it("has no shares without alerts and no rate without sessions", () => {
    expect(alertBurden([], 0)).toMatchObject({ alertsPerSession: null, acknowledged: null, actedOn: null });
    expect(alertBurden([], 5)).toMatchObject({ alertsPerSession: 0, acknowledged: null });
    expect(() => alertBurden([{ acknowledged: true, actedOn: true }], 0)).toThrow(/without any session/);
  });
});
