import { describe, expect, it } from "vitest";
import { compactKey, normaliseMedicationName, withoutBareNumbers } from "./normalise";

describe("normaliseMedicationName", () => {
  it.each([
    ["Bupropion XL 150 mg", "bupropion"],
    ["bupropion hydrochloride 150mg extended-release tablets", "bupropion"],
    ["  OXYCODONE   HCl  ", "oxycodone"],
    ["Percocet 5/325 mg", "percocet"],
    ["fentanyl 25 mcg/h patch", "fentanyl"],
    ["Levothyroxine Sodium 100 µg", "levothyroxine"],
    ["St. John’s Wort", "st johns wort"],
    ["Tylenol #3", "tylenol 3"],
    ["Theo-24", "theo 24"],
    ["morphine sulphate 10 mg PRN", "morphine"],
  ])("%s → %s", (input, key) => {
    expect(normaliseMedicationName(input)).toBe(key);
  });

  it("keeps the words that name the drug even when they look like form words elsewhere", () => {
    expect(normaliseMedicationName("Sudafed PE")).toBe("sudafed pe");
  });

  it("returns an empty key for text with no drug name in it", () => {
    expect(normaliseMedicationName("150 mg tablets")).toBe("");
  });
});

describe("key helpers", () => {
  it("compacts spaces away", () => {
    expect(compactKey("oxy contin")).toBe("oxycontin");
  });
  it("drops numbers written without a unit", () => {
    expect(withoutBareNumbers("bupropion 150")).toBe("bupropion");
  });
});
