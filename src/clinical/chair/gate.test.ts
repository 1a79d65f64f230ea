import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { CHAIR_SETTINGS, configureChair } from "./config";
import { Chart, minute, sessionFacts } from "./fixtures";
import { baselineProblems, gatePasses, gateStatus, pregnancyTestRequired } from "./gate";
import { GATE_DEFINITIONS } from "./gate-items";

const row = (g: ReturnType<typeof gateStatus>, item: string) => g.items.find((i) => i.item === item)!;
const full = { hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 };

describe("pregnancyTestRequired", () => {
  it("requires a test for a woman of childbearing age, or when age or sex is unknown", () => {
    const req = (sex: "female" | "male" | "other" | "unknown", ageYears: number | null) =>
      pregnancyTestRequired({ sex, ageYears }).required;
    expect(req("female", 11)).toBe(false);
    expect(req("female", 12)).toBe(true);
    expect(req("female", 54)).toBe(true);
    expect(req("female", 55)).toBe(false);
    expect(req("female", null)).toBe(true);
    expect(req("unknown", 30)).toBe(true);
    expect(req("unknown", null)).toBe(true);
    expect(req("male", 30)).toBe(false);
    expect(req("other", 30)).toBe(false);
  });
});

describe("gateStatus", () => {
  it("is complete once every required item is confirmed and the baseline is within limits", () => {
    const c = new Chart();
    expect(gateStatus(sessionFacts(), c.entries).complete).toBe(false);
    c.gateDone(minute(-5));
    const g = gateStatus(sessionFacts(), c.entries);
    expect(g.complete).toBe(true);
    expect(row(g, "pregnancy-test")).toMatchObject({ required: false, met: true });
    expect(gateStatus(sessionFacts({ evaluationSigned: false }), c.entries).complete).toBe(false);
  });

  it("needs a note for a pregnancy test marked not applicable, and refuses not applicable elsewhere", () => {
    const facts = sessionFacts({ patient: { sex: "female", ageYears: 40 } });
    const c = new Chart().gateDone(minute(-5));
    expect(row(gateStatus(facts, c.entries), "pregnancy-test")).toMatchObject({ required: true, met: false });
    c.add(minute(-4), { kind: "gate-check", item: "pregnancy-test", outcome: "not-applicable" });
    expect(row(gateStatus(facts, c.entries), "pregnancy-test").detail).toMatch(/needs a note/);
    c.add(minute(-3), {
      kind: "gate-check",
      item: "pregnancy-test",
      outcome: "not-applicable",
      note: "hysterectomy",
    });
    expect(row(gateStatus(facts, c.entries), "pregnancy-test")).toMatchObject({
      met: true,
      detail: "Not applicable: hysterectomy",
    });
    c.add(minute(-2), { kind: "gate-check", item: "consent", outcome: "not-applicable", note: "n/a" });
    expect(row(gateStatus(facts, c.entries), "consent").met).toBe(false);
  });

  it("blocks on a baseline above the screening contraindication, missing a sign, or outside the limits", () => {
    expect(baselineProblems({ kind: "vitals", ...full, sbp: 180, dbp: 100 })).toEqual([]);
    expect(baselineProblems({ kind: "vitals", ...full, sbp: 181 })).toEqual(["SBP 181 above 180"]);
    expect(baselineProblems({ kind: "vitals", ...full, dbp: 101 })).toEqual(["DBP 101 above 100"]);
    expect(baselineProblems({ kind: "vitals", ...full, spo2: 91, hr: 49 })).toEqual([
      "HR 49 below 50",
      "SPO2 91 below 92",
    ]);
    expect(baselineProblems({ kind: "vitals", hr: 70, sbp: 120 })).toEqual(["missing DBP, SPO2, RR"]);
    const strict = configureChair({ chair: { "chair.gate.sbp-max": 160 } });
    expect(baselineProblems({ kind: "vitals", ...full, sbp: 170 }, strict)).toEqual(["SBP 170 above 160"]);
  });

  it("reads the latest baseline before the start, and records a physician's override", () => {
    const c = new Chart().gateDone(minute(-20));
    c.add(minute(-10), { kind: "vitals", baseline: true, ...full, sbp: 190 });
    const g = gateStatus(sessionFacts(), c.entries);
    expect(row(g, "baseline-vitals")).toMatchObject({
      met: false,
      detail: "Latest baseline: SBP 190 above 180.",
    });
    expect(gatePasses(g)).toBe(false);
    const override = c.add(
      minute(-5),
      { kind: "gate-override", reason: "usual BP, reviewed" },
      { recordedBy: "doc" },
    );
    const overridden = gateStatus(sessionFacts(), c.entries);
    expect(overridden.complete).toBe(false);
    expect(overridden.overriddenBy).toEqual({ entryId: override.id, reason: "usual BP, reviewed" });
    expect(gatePasses(overridden)).toBe(true);
    c.add(minute(5), { kind: "vitals", baseline: true, ...full });
    expect(row(gateStatus(sessionFacts(), c.entries, undefined, minute(0)), "baseline-vitals").met).toBe(
      false,
    );
  });

  it("every gate item and chair setting carries id, version, known sources and evidence", () => {
    expect(citationProblems([...GATE_DEFINITIONS, ...CHAIR_SETTINGS])).toEqual([]);
    for (const d of [...GATE_DEFINITIONS, ...CHAIR_SETTINGS]) {
      expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(["sourced", "practice-default"]).toContain(d.evidence);
    }
    expect(new Set(GATE_DEFINITIONS.map((d) => d.id)).size).toBe(GATE_DEFINITIONS.length);
  });
});

describe("configureChair", () => {
  it("refuses unknown settings and negative values", () => {
    expect(() => configureChair({ chair: { "chair.timing.feed-stael": 10 } })).toThrow(/Unknown/);
    expect(() => configureChair({ chair: { "chair.timing.feed-stale": -1 } })).toThrow(/at least 0/);
    expect(() => configureChair({ monitoring: { "hr.hihg": 1 } })).toThrow(/Unknown/);
  });
});
