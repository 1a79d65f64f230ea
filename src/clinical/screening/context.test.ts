import { describe, expect, it } from "vitest";
import { ageOn, buildContext, dayNumber } from "./context";
import type { ScreeningInput } from "./input";

describe("dayNumber", () => {
  it("reads the date part of a date or date-time", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1970-01-02T23:59:00+10:00")).toBe(1);
  });
  it("rejects text that is not a real calendar date", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "25/11/2026", "", "soon"])
      expect(dayNumber(bad)).toBeNull();
  });
});

describe("ageOn", () => {
  it("counts completed years, turning over on the birthday itself", () => {
    expect(ageOn("1950-11-26", "2026-11-25T09:00:00Z")?.years).toBe(75);
    expect(ageOn("1950-11-25", "2026-11-25T09:00:00Z")?.years).toBe(76);
  });
  it("counts completed months for infants", () => {
    expect(ageOn("2026-08-25", "2026-11-24")?.months).toBe(2);
    expect(ageOn("2026-08-25", "2026-11-25")?.months).toBe(3);
  });
  it("handles a 29 February birthday in a common year", () => {
    expect(ageOn("2000-02-29", "2026-02-28")?.years).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")?.years).toBe(26);
  });
  it("returns null for a birth date after the screening day or not a date", () => {
    expect(ageOn("2027-01-01", "2026-11-25")).toBeNull();
    expect(ageOn("unknown", "2026-11-25")).toBeNull();
  });
});

describe("recentLab", () => {
  const input: ScreeningInput = {
    patient: { dateOfBirth: "1980-01-01", sex: "male" },
    asOf: "2026-11-25T09:00:00Z",
    history: { conditions: [] },
    medications: [],
    allergies: [],
    labs: [
      { name: "ALT", value: 20, unit: "U/L", takenOn: "2026-11-01" },
      { name: "ALT", value: 25, unit: "U/L", takenOn: "2026-11-20" },
      { name: "ALT", value: 30, unit: "U/L", takenOn: "2026-12-01" },
      { name: "GGT", value: 30, unit: "U/L", takenOn: "not a date" },
    ],
  };
  const ctx = buildContext(input);
  it("returns the latest result on or before the screening day within the window", () => {
    expect(ctx.recentLab("ALT", 30)?.value).toBe(25);
    expect(ctx.recentLab("ALT", 4)).toBeUndefined();
  });
  it("ignores results dated in the future or without a real date", () => {
    expect(ctx.recentLab("GGT", 10_000)).toBeUndefined();
  });
});
