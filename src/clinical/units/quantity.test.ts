import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  delta,
  kg,
  mg,
  mgPerKgPerHour,
  mgPerMl,
  QuantityError,
  quantity,
  sum,
  UNITS,
  type Unit,
} from "./quantity";

describe("quantity constructors", () => {
  it("accept finite non-negative numbers and keep their value", () => {
    expect(mg(80)).toBe(80);
    expect(mgPerKgPerHour(0.35)).toBe(0.35);
    expect(kg(0)).toBe(0);
  });

  it("normalise -0 to 0 so it never prints as a negative dose", () => {
    expect(Object.is(mg(-0), 0)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.001])(
    "refuse %s with an error naming the quantity and unit",
    (bad) => {
      expect(() => mgPerMl(bad)).toThrow(QuantityError);
      expect(() => mgPerMl(bad)).toThrow(/concentration \(mg\/mL\)/);
    },
  );

  it("refuse a negative weight, saying it is a body weight in kg", () => {
    expect(() => kg(-70)).toThrow("Invalid body weight (kg): -70 is negative");
  });

  it("accept any finite non-negative number in every unit, and refuse any negative one", () => {
    const units = Object.keys(UNITS) as Unit[];
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.double({ noNaN: true, noDefaultInfinity: true }), (u, v) => {
        if (v >= 0) expect(quantity(u, v)).toBe(v === 0 ? 0 : v);
        else expect(() => quantity(u, v)).toThrow(QuantityError);
      }),
    );
  });
});

describe("delta", () => {
  it("allows a negative difference but not a non-finite one", () => {
    expect(delta("mL/h", -0.05)).toBe(-0.05);
    expect(() => delta("mL/h", Number.NaN)).toThrow(QuantityError);
  });
});

describe("sum", () => {
  it("adds quantities of one unit", () => {
    expect(sum("mg", [mg(35), mg(35), mg(30)])).toBe(100);
    expect(sum("mg", [])).toBe(0);
  });
});
