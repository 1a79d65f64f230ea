import { describe, expect, it } from "vitest";
import { formatMg, formatMgPerKg, sideEffectsText } from "./outcomes";

describe("sideEffectsText", () => {
  it("lists effects by their catalogue name, worst grade first", () => {
    const text = sideEffectsText({ nausea: 1, hypertension: 2 });
    expect(text.indexOf("grade 2")).toBeLessThan(text.indexOf("grade 1"));
    expect(text).not.toContain("hypertension (");
  });

  it("keeps an id the catalogue does not know, and says none for no effects", () => {
    expect(sideEffectsText({ "not-in-catalogue": 1 })).toBe("not-in-catalogue (grade 1)");
    expect(sideEffectsText({})).toBe("none");
  });

  it("adds the effects reported at home, which have no grade, after the charted ones", () => {
    expect(sideEffectsText({ nausea: 2 }, ["ketamine-cystitis"])).toMatch(
      /^Nausea.*\(grade 2\), .*\(reported at home\)$/,
    );
  });
});

describe("doses", () => {
  it("keeps mg and mg/kg apart and rounded for reading", () => {
    expect(formatMg(37.54)).toBe("37.5 mg");
    expect(formatMgPerKg(0.5049)).toBe("0.5 mg/kg");
    expect(formatMgPerKg(null)).toBe("—");
  });
});
