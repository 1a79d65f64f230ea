import { describe, expect, it } from "vitest";
import { kg, mg, mgPerMl, ml } from "../units";
import { minimumBolusDuration } from "./bolus";
import { prepareDilution } from "./formulations";

describe("minimumBolusDuration", () => {
  it("is 60 s for a small bolus", () => {
    expect(minimumBolusDuration(mg(20), kg(70))).toBe(60);
  });

  it("is exactly 60 s at 0.5 mg/kg, where both rules meet", () => {
    expect(minimumBolusDuration(mg(35), kg(70))).toBeCloseTo(60, 10);
  });

  it("stretches so a large bolus never goes faster than 0.5 mg/kg/min", () => {
    // 70 mg at 70 kg is 1 mg/kg: two minutes at 0.5 mg/kg/min.
    expect(minimumBolusDuration(mg(70), kg(70))).toBeCloseTo(120, 10);
  });
});

describe("prepareDilution", () => {
  it("makes 500 mg up to 500 mL at 1 mg/mL from a 50 mg/mL vial", () => {
    expect(prepareDilution(mgPerMl(50), mg(500), ml(500))).toEqual({
      vialVolume: 10,
      diluentVolume: 490,
      concentration: 1,
    });
  });

  it("makes 100 mg up to 100 mL from a 10 mg/mL vial", () => {
    expect(prepareDilution(mgPerMl(10), mg(100), ml(100))).toEqual({
      vialVolume: 10,
      diluentVolume: 90,
      concentration: 1,
    });
  });

  it("refuses a final volume smaller than the drug volume", () => {
    expect(() => prepareDilution(mgPerMl(10), mg(500), ml(20))).toThrow(/more than the 20 mL final volume/);
  });
});
