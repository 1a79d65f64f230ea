import { describe, expect, it } from "vitest";
import { normaliseScore, normaliseVital } from "./readings";

describe("normaliseVital", () => {
  it("reads bare numbers in the canonical unit", () => {
    expect(normaliseVital("hr", 88)).toEqual({ ok: true, value: 88 });
  });

  it("converts kPa to mmHg and a fraction to percent", () => {
    expect(normaliseVital("sbp", { value: 24, unit: "kPa" })).toEqual({ ok: true, value: 180.01 });
    expect(normaliseVital("spo2", { value: 0.95, unit: "1" })).toEqual({ ok: true, value: 95 });
  });

  it("rejects an unknown unit and says which ones are accepted", () => {
    const r = normaliseVital("hr", { value: 88, unit: "bpm" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('unit "bpm" is not accepted for hr (use /min or {beats}/min)');
  });

  it("rejects values no monitor reports, including a fraction sent as a percent", () => {
    expect(normaliseVital("spo2", { value: 0.95, unit: "%" }).ok).toBe(false);
    expect(normaliseVital("hr", 400).ok).toBe(false);
    expect(normaliseVital("sbp", Number.NaN).ok).toBe(false);
  });
});

describe("normaliseScore", () => {
  it("accepts whole numbers inside the scale and names the scale when it refuses", () => {
    expect(normaliseScore("rass", -5)).toEqual({ ok: true, value: -5 });
    expect(normaliseScore("cadss6", 24)).toEqual({ ok: true, value: 24 });
    const bad = normaliseScore("cadss6", 25);
    expect(!bad.ok && bad.reason).toMatch(/CADSS-6 .* from 0 to 24 \(got 25\)/);
    expect(normaliseScore("moaas", 2.5).ok).toBe(false);
  });
});
