import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bolusSpeed,
  concentrationOf,
  doseOverTime,
  hoursToMinutes,
  mcgPerKgPerMinToMgPerKgPerHour,
  mcgToMg,
  mgPerHourToMgPerKgPerHour,
  mgPerHourToMlPerHour,
  mgPerKgPerHourToMcgPerKgPerMin,
  mgPerKgPerHourToMgPerHour,
  mgPerKgPerMinToMgPerHour,
  mgPerKgToMg,
  mgPerLitreToNgPerMl,
  mgToMcg,
  mgToMgPerKg,
  mgToMl,
  minutesToHours,
  minutesToSeconds,
  mlPerHourToMgPerHour,
  mlToMg,
  rateForDoseOverTime,
  secondsToMinutes,
  volumeOverTime,
} from "./convert";
import {
  hours,
  kg,
  mcg,
  mcgPerKgPerMin,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerKgPerMin,
  mgPerMl,
  minutes,
  ml,
  mlPerHour,
  QuantityError,
  seconds,
} from "./quantity";

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

describe("conversions give the figures a clinician expects", () => {
  it("mass", () => {
    expect(mgToMcg(mg(1))).toBe(1000);
    expect(mcgToMg(mcg(250))).toBe(0.25);
  });

  it("weight-based rates: 0.3 mg/kg/h is 5 µg/kg/min (the formulary's lower sedation rate)", () => {
    close(mgPerKgPerHourToMcgPerKgPerMin(mgPerKgPerHour(0.3)), 5);
    close(mcgPerKgPerMinToMgPerKgPerHour(mcgPerKgPerMin(20)), 1.2);
  });

  it("time", () => {
    close(minutesToHours(minutes(40)), 2 / 3);
    expect(hoursToMinutes(hours(4))).toBe(240);
    expect(secondsToMinutes(seconds(90))).toBe(1.5);
    expect(minutesToSeconds(minutes(1))).toBe(60);
  });

  it("weight: 0.35 mg/kg/h at 80 kg is 28 mg/h; 25 mg/h at 80 kg is 0.3125 mg/kg/h", () => {
    close(mgPerKgPerHourToMgPerHour(mgPerKgPerHour(0.35), kg(80)), 28);
    close(mgPerHourToMgPerKgPerHour(mgPerHour(25), kg(80)), 0.3125);
    close(mgPerKgToMg(mgPerKg(0.5), kg(70)), 35);
    close(mgToMgPerKg(mg(35), kg(70)), 0.5);
  });

  it("pump: 25 mg/h of a 1 mg/mL bag runs at 25 mL/h; of a 10 mg/mL syringe at 2.5 mL/h", () => {
    expect(mgPerHourToMlPerHour(mgPerHour(25), mgPerMl(1))).toBe(25);
    expect(mgPerHourToMlPerHour(mgPerHour(25), mgPerMl(10))).toBe(2.5);
    expect(mlPerHourToMgPerHour(mlPerHour(2.5), mgPerMl(10))).toBe(25);
  });

  it("volume and concentration: 500 mg in 500 mL is 1 mg/mL", () => {
    expect(concentrationOf(mg(500), ml(500))).toBe(1);
    expect(mgToMl(mg(35), mgPerMl(10))).toBe(3.5);
    expect(mlToMg(ml(3.5), mgPerMl(10))).toBe(35);
  });

  it("dose over time", () => {
    expect(doseOverTime(mgPerHour(25), hours(4))).toBe(100);
    expect(volumeOverTime(mlPerHour(25), hours(4))).toBe(100);
    close(rateForDoseOverTime(mg(35), hours(2 / 3)), 52.5);
  });

  it("bolus speed: 0.35 mg/kg over 1 min is 0.35 mg/kg/min; 0.5 mg/kg/min at 70 kg is 2100 mg/h", () => {
    close(bolusSpeed(mgPerKg(0.35), minutes(1)), 0.35);
    close(mgPerKgPerMinToMgPerHour(mgPerKgPerMin(0.5), kg(70)), 2100);
  });

  it("plasma: 0.185 mg/L is 185 ng/mL", () => {
    close(mgPerLitreToNgPerMl(0.185), 185);
  });

  it("refuse to divide by a zero weight, concentration, volume or duration instead of returning Infinity", () => {
    expect(() => mgToMgPerKg(mg(35), kg(0))).toThrow(/Weight must be greater than zero/);
    expect(() => mgPerHourToMlPerHour(mgPerHour(25), mgPerMl(0))).toThrow(/Concentration/);
    expect(() => concentrationOf(mg(500), ml(0))).toThrow(/Volume/);
    expect(() => rateForDoseOverTime(mg(35), hours(0))).toThrow(/Duration/);
  });

  it("refuse a result too large to be finite", () => {
    expect(() => mgToMcg(mg(Number.MAX_VALUE))).toThrow(QuantityError);
  });
});

describe("conversions round-trip", () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
  const positive = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
  const rel = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

  it("mg ↔ µg, mg/kg/h ↔ µg/kg/min, min ↔ h, s ↔ min", () => {
    fc.assert(
      fc.property(amount, (v) => {
        expect(rel(mcgToMg(mgToMcg(mg(v))), v)).toBe(true);
        expect(
          rel(mcgPerKgPerMinToMgPerKgPerHour(mgPerKgPerHourToMcgPerKgPerMin(mgPerKgPerHour(v))), v),
        ).toBe(true);
        expect(rel(hoursToMinutes(minutesToHours(minutes(v))), v)).toBe(true);
        expect(rel(minutesToSeconds(secondsToMinutes(seconds(v))), v)).toBe(true);
      }),
    );
  });

  it("per kg ↔ absolute, mg/h ↔ mL/h, mg ↔ mL for any positive weight and concentration", () => {
    fc.assert(
      fc.property(amount, positive, (v, p) => {
        expect(rel(mgToMgPerKg(mgPerKgToMg(mgPerKg(v), kg(p)), kg(p)), v)).toBe(true);
        expect(
          rel(mgPerHourToMgPerKgPerHour(mgPerKgPerHourToMgPerHour(mgPerKgPerHour(v), kg(p)), kg(p)), v),
        ).toBe(true);
        expect(rel(mlPerHourToMgPerHour(mgPerHourToMlPerHour(mgPerHour(v), mgPerMl(p)), mgPerMl(p)), v)).toBe(
          true,
        );
        expect(rel(mlToMg(mgToMl(mg(v), mgPerMl(p)), mgPerMl(p)), v)).toBe(true);
      }),
    );
  });
});
