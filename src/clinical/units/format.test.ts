import { describe, expect, it } from "vitest";
import { displayUnit, formatDelta, formatQuantity, ucumCode } from "./format";
import { delta, mcgPerKgPerMin, mg, mgPerKgPerHour, mlPerHour, ngPerMl } from "./quantity";

describe("formatQuantity", () => {
  it("prints the value with its display unit and no trailing zeros", () => {
    expect(formatQuantity(mgPerKgPerHour(0.35), "mg/kg/h")).toBe("0.35 mg/kg/h");
    expect(formatQuantity(mlPerHour(25), "mL/h")).toBe("25 mL/h");
    expect(formatQuantity(mcgPerKgPerMin(5), "ug/kg/min")).toBe("5 µg/kg/min");
    expect(formatQuantity(mg(0), "mg")).toBe("0 mg");
  });

  it("rounds to the requested number of decimals", () => {
    expect(formatQuantity(ngPerMl(184.567), "ng/mL", { maxDecimals: 0 })).toBe("185 ng/mL");
    expect(formatQuantity(mlPerHour(26.25), "mL/h", { maxDecimals: 1 })).toBe("26.3 mL/h");
  });
});

describe("formatDelta", () => {
  it("shows the direction of a difference", () => {
    expect(formatDelta(delta("mL/h", 0.04), "mL/h")).toBe("+0.04 mL/h");
    expect(formatDelta(delta("mg/h", -0.05), "mg/h")).toBe("−0.05 mg/h");
    expect(formatDelta(delta("mg/h", 0.0001), "mg/h")).toBe("0 mg/h");
  });
});

describe("unit strings", () => {
  it("use UCUM codes for exchange and readable symbols on screen", () => {
    expect(ucumCode("ug/kg/min")).toBe("ug/kg/min");
    expect(displayUnit("ug/kg/min")).toBe("µg/kg/min");
    expect(ucumCode("ng.h/mL")).toBe("ng.h/mL");
    expect(displayUnit("ng.h/mL")).toBe("ng·h/mL");
  });
});
