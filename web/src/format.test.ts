import { describe, expect, it } from "vitest";
import { ageInYears, formatValue, todayIso } from "./format";

describe("ageInYears", () => {
  it("counts a birthday from the day itself", () => {
    expect(ageInYears("1980-06-15", "2026-06-14")).toBe(45);
    expect(ageInYears("1980-06-15", "2026-06-15")).toBe(46);
  });

  it("handles a leap-day birth in a common year", () => {
    expect(ageInYears("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageInYears("2000-02-29", "2026-03-01")).toBe(26);
  });
});

describe("todayIso", () => {
  it("formats the local calendar day with zero padding", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("formatValue", () => {
  it("shows measurements with their units", () => {
    expect(formatValue({ kg: 72.5, measuredOn: "2026-01-02" })).toBe("72.5 kg (measured 2026-01-02)");
    expect(formatValue({ cm: 170, measuredOn: "2026-01-02" })).toBe("170 cm (measured 2026-01-02)");
  });

  it("joins lists and names empty values", () => {
    expect(formatValue([{ substance: "Penicillin", reaction: "rash" }, { substance: "Latex" }])).toBe(
      "Penicillin (rash); Latex",
    );
    expect(formatValue([])).toBe("none");
    expect(formatValue(null)).toBe("none");
  });

  it("shows medications and conditions in words", () => {
    expect(formatValue({ name: "Amlodipine", dose: "5 mg", frequency: "daily" })).toBe(
      "Amlodipine 5 mg daily",
    );
    expect(formatValue({ code: "38341003", label: "Hypertension" })).toBe("Hypertension [38341003]");
  });
});
