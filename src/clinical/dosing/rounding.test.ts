import { describe, expect, it } from "vitest";
import { mlPerHour } from "../units";
import { roundToPump } from "./rounding";

const r = (v: number, step = 0.1, direction: "nearest" | "down" | "up" = "nearest") =>
  roundToPump(mlPerHour(v), mlPerHour(step), direction);

describe("roundToPump", () => {
  it("rounds to the nearest step, half up", () => {
    expect(r(26.25)).toBe(26.3);
    expect(r(26.24)).toBe(26.2);
    expect(r(35.714285)).toBe(35.7);
  });

  it("rounds down or up when asked", () => {
    expect(r(26.29, 0.1, "down")).toBe(26.2);
    expect(r(26.21, 0.1, "up")).toBe(26.3);
    expect(r(26.2, 0.1, "up")).toBe(26.2);
  });

  it("keeps an exact multiple exactly, despite binary noise", () => {
    expect(r(25)).toBe(25);
    expect(r(25, 0.1, "down")).toBe(25);
    expect(r(0.30000000000000004)).toBe(0.3);
    expect(r(0.3, 0.1, "down")).toBe(0.3);
  });

  it("supports coarser and finer pump steps", () => {
    expect(r(26.26, 1)).toBe(26);
    expect(r(26.5, 1)).toBe(27);
    expect(r(2.345, 0.01)).toBe(2.35);
  });

  it("refuses a zero step", () => {
    expect(() => r(25, 0)).toThrow(/Pump resolution/);
  });
});
