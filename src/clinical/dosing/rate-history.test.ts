import { describe, expect, it } from "vitest";
import { mg, mgPerHour, minutes } from "../units";
import { type AdministrationRecord, doseDeliveredUpTo, dosesUpTo } from "./rate-history";

const seg = (start: number, stop: number | null, rate: number): AdministrationRecord => ({
  kind: "rate",
  start: minutes(start),
  stop: stop === null ? null : minutes(stop),
  rate: mgPerHour(rate),
});

describe("doseDeliveredUpTo", () => {
  const history: AdministrationRecord[] = [
    { kind: "bolus", at: minutes(0), amount: mg(10) },
    seg(0, 60, 25),
    seg(60, 90, 0),
    seg(90, null, 20),
  ];

  it("integrates each segment up to the time asked, including a running one", () => {
    expect(doseDeliveredUpTo(history, minutes(30))).toBeCloseTo(10 + 12.5, 10);
    expect(doseDeliveredUpTo(history, minutes(90))).toBeCloseTo(10 + 25, 10);
    expect(doseDeliveredUpTo(history, minutes(120))).toBeCloseTo(10 + 25 + 10, 10);
  });

  it("counts nothing before the first record and a bolus only once it is given", () => {
    const later: AdministrationRecord[] = [
      { kind: "bolus", at: minutes(15), amount: mg(10) },
      seg(20, null, 30),
    ];
    expect(doseDeliveredUpTo(later, minutes(10))).toBe(0);
    expect(doseDeliveredUpTo(later, minutes(15))).toBe(10);
  });

  it("refuses a segment that stops before it starts", () => {
    expect(() => doseDeliveredUpTo([seg(30, 10, 20)], minutes(60))).toThrow(/stops .* before it starts/);
  });
});

describe("dosesUpTo", () => {
  it("closes a running segment at now and leaves out what has not happened yet", () => {
    const records: AdministrationRecord[] = [
      seg(0, 30, 25),
      seg(30, null, 20),
      { kind: "bolus", at: minutes(50), amount: mg(5) },
    ];
    expect(dosesUpTo(records, minutes(45))).toEqual([
      { kind: "rate", start: 0, stop: 30, rate: 25 },
      { kind: "rate", start: 30, stop: 45, rate: 20 },
    ]);
  });
});
