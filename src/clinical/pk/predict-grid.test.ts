import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kg, mg, mgPerHour, minutes } from "../units";
import type { Dose } from "./doses";
import { DOMINO, PK_MODELS } from "./models";
import { gridTimes, predict, predictGrid, type TimeGrid } from "./predict";
import { rk4Predict } from "./reference";

const rate = (start: number, stop: number, mgPerH: number): Dose => ({
  kind: "rate",
  start: minutes(start),
  stop: minutes(stop),
  rate: mgPerHour(mgPerH),
});
const bolus = (at: number, amount: number): Dose => ({ kind: "bolus", at: minutes(at), amount: mg(amount) });

/** The published models plus one- and two-compartment variants, so every mode count is exercised. */
const models = [
  ...PK_MODELS,
  { v1LitresPerKg: 0.5, k10: 0.05, peripheral: [] },
  { v1LitresPerKg: 0.3, k10: 0.08, peripheral: [[0.05, 0.02] as const] },
];

const gridArb: fc.Arbitrary<TimeGrid> = fc.record({
  start: fc.double({ min: -30, max: 120, noNaN: true }),
  step: fc.double({ min: 0.005, max: 7, noNaN: true }),
  count: fc.integer({ min: 0, max: 400 }),
});

/** A time anywhere, or exactly on a grid point, where a step must be split or a bolus counted at once. */
const timeArb = (grid: TimeGrid) =>
  fc.oneof(
    fc.double({ min: -40, max: 600, noNaN: true }),
    fc.integer({ min: -2, max: grid.count + 2 }).map((k) => grid.start + k * grid.step),
  );

/**
 * Zero, or at least 1 µg (mg or mg/h): no smaller dose is given, and subnormal amounts underflow to nothing
 * in either method, which makes a relative error meaningless.
 */
const amountArb = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max, noNaN: true }));

const dosesArb = (grid: TimeGrid): fc.Arbitrary<Dose[]> =>
  fc.array(
    fc.oneof(
      fc.tuple(timeArb(grid), amountArb(100)).map(([at, amount]) => bolus(Math.max(0, at), amount)),
      fc
        .tuple(timeArb(grid), timeArb(grid), amountArb(200))
        .map(([a, b, r]) => rate(Math.max(0, Math.min(a, b)), Math.max(0, a, b), r)),
    ),
    { maxLength: 8 },
  );

const worstRelative = (a: readonly number[], b: readonly number[]) =>
  a.reduce((w, x, i) => {
    const y = b[i]!;
    const scale = Math.max(Math.abs(x), Math.abs(y));
    return scale === 0 ? w : Math.max(w, Math.abs(x - y) / scale);
  }, 0);

describe("predictGrid", () => {
  it("equals predict at the grid's times to a relative error below 1e-9, for any model, regimen and grid", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.double({ min: 1, max: 250, noNaN: true }),
        gridArb.chain((grid) => fc.tuple(fc.constant(grid), dosesArb(grid))),
        (model, w, [grid, doses]) => {
          const fast = predictGrid(model, kg(w), doses, grid);
          const list = predict(model, kg(w), doses, gridTimes(grid));
          expect(fast).toHaveLength(grid.count);
          expect(worstRelative(fast, list)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with the Runge–Kutta reference to a relative error below 1e-6", () => {
    const grid = { start: 0, step: 0.5, count: 481 };
    fc.assert(
      fc.property(fc.constantFrom(...models), dosesArb(grid), (model, doses) => {
        const fast = predictGrid(model, kg(70), doses, grid);
        const reference = rk4Predict(model, kg(70), doses, gridTimes(grid), 1 / 120);
        expect(worstRelative(fast, reference)).toBeLessThan(1e-6);
      }),
      { numRuns: 15 },
    );
  });

  it("counts a bolus given exactly at a grid point in that point's value, and not before", () => {
    const c = predictGrid(DOMINO, kg(70), [bolus(10, 35)], { start: 0, step: 2.5, count: 6 });
    expect(c.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(c[4]).toBeCloseTo((35 / (0.063 * 70)) * 1000, 6);
    expect(c[5]!).toBeLessThan(c[4]!);
  });

  it("splits a step at an infusion start and stop that fall between grid points", () => {
    const doses = [rate(0.3, 2.7, 60)];
    const grid = { start: 0, step: 1, count: 5 };
    const c = predictGrid(DOMINO, kg(70), doses, grid);
    expect(c[0]).toBe(0);
    // Exactly 0.7 min of infusion by t = 1, and 2.4 min by t = 3, as the general prediction has it.
    expect(c[1]).toBeCloseTo(predict(DOMINO, kg(70), doses, [minutes(1)])[0]!, 10);
    expect(c[3]).toBeCloseTo(predict(DOMINO, kg(70), doses, [minutes(3)])[0]!, 10);
    expect(c[3]!).toBeLessThan(c[2]!);
  });

  it("gives an empty curve for an empty grid and refuses a grid that cannot be walked", () => {
    expect(predictGrid(DOMINO, kg(70), [bolus(0, 10)], { start: 0, step: 1, count: 0 })).toEqual([]);
    expect(() => predictGrid(DOMINO, kg(70), [], { start: 0, step: 0, count: 3 })).toThrow(/positive step/);
    expect(() => predictGrid(DOMINO, kg(70), [], { start: 0, step: 1, count: 2.5 })).toThrow(/whole count/);
  });
});

describe("gridTimes", () => {
  it("lists start + k·step", () => {
    expect(gridTimes({ start: 5, step: 0.5, count: 4 })).toEqual([5, 5.5, 6, 6.5]);
  });
});
