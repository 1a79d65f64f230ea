import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { minutes, ngPerMl } from "../units";
import { CONCENTRATION_BANDS, timeInBands } from "./bands";

const t = (...xs: number[]) => xs.map(minutes);
const c = (...xs: number[]) => xs.map(ngPerMl);

describe("concentration bands", () => {
  it("cite registered sources", () => {
    expect(citationProblems(CONCENTRATION_BANDS)).toEqual([]);
  });

  it("put anaesthesia far above the analgesic and dissociative ranges", () => {
    const byId = Object.fromEntries(CONCENTRATION_BANDS.map((b) => [b.bandId, b]));
    expect(byId.anaesthetic!.low).toBeGreaterThan(byId.dissociation!.high!);
    expect(byId.anaesthetic!.high).toBeNull();
  });
});

describe("timeInBands", () => {
  it("counts the part of a rising line inside each band", () => {
    // 0 → 200 ng/mL over 10 min: 70–160 is crossed from 3.5 to 8 min, 100–250 from 5 to 10 min.
    const result = timeInBands(t(0, 10), c(0, 200));
    expect(result.analgesia).toBeCloseTo(4.5, 12);
    expect(result.dissociation).toBeCloseTo(5, 12);
    expect(result.anaesthetic).toBe(0);
  });

  it("counts a flat stretch wholly inside or outside", () => {
    const result = timeInBands(t(0, 30, 60), c(120, 120, 1500));
    expect(result.analgesia).toBeCloseTo(30 + 30 * (40 / 1380), 10);
    expect(result.anaesthetic).toBeCloseTo(30 * (300 / 1380), 10);
  });

  it("refuses mismatched or descending inputs", () => {
    expect(() => timeInBands(t(0, 1), c(0))).toThrow(/One concentration per time/);
    expect(() => timeInBands(t(5, 1), c(0, 0))).toThrow(/ascending/);
  });
});
