import { describe, expect, it } from "vitest";
import { MEDICATION_OPTIONS, medicationStatus } from "./medicationOptions";

describe("medication type-ahead", () => {
  it("offers both the brand and the generic name", () => {
    const names = MEDICATION_OPTIONS.map((o) => o.name);
    expect(names).toContain("bupropion");
    expect(MEDICATION_OPTIONS.find((o) => o.name === "Wellbutrin")?.ingredients).toBe("bupropion");
  });

  it("says a brand name is checked as its ingredient", () => {
    expect(medicationStatus("Wellbutrin XL")).toEqual({ checked: true, text: "Checked as bupropion" });
  });

  it("marks free text the dictionary does not know as not checked for interactions", () => {
    expect(medicationStatus("Grandma's herbal tea")).toEqual({
      checked: false,
      text: "Not in the dictionary: not checked for interactions",
    });
  });

  it("says nothing about an empty row", () => {
    expect(medicationStatus("  ")).toBeNull();
  });
});
