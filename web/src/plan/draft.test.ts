import { describe, expect, it } from "vitest";
import { CUSTOM, SCHWARTZMAN } from "../../../src/clinical/dosing";
import {
  CONCENTRATIONS,
  draftFromInput,
  draftFromProtocol,
  draftMatchesSaved,
  evaluatePlan,
  type PlanDraft,
  parsePlanDraft,
  pkCurve,
} from "./draft";

const WEIGHT = 71;

function custom(changes: Partial<PlanDraft> = {}): PlanDraft {
  return {
    ...draftFromProtocol(CUSTOM),
    orderKind: "rate-per-kg",
    orderValue: "0.35",
    durationMin: "240",
    sessions: "5",
    ...changes,
  };
}

function evaluate(draft: PlanDraft, pastMg = 0) {
  const parsed = parsePlanDraft(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const result = evaluatePlan(parsed.input, WEIGHT, pastMg);
  if (!result.ok) throw new Error(result.message);
  return result.check;
}

describe("plan builder", () => {
  it("starts a library protocol from its template", () => {
    const draft = draftFromProtocol(SCHWARTZMAN);
    expect(draft).toMatchObject({
      orderKind: "rate-per-kg",
      orderValue: "0.35",
      durationMin: "240",
      sessions: "10",
    });
  });

  it("computes 0.35 mg/kg/h × 4 h for 71 kg: pump rate, dose per infusion and per course", () => {
    const check = evaluate(custom());
    const infusion = check.computation.infusion;
    expect(infusion?.rateMlPerHour).toBeCloseTo(24.85, 6);
    expect([24.8, 24.9]).toContain(infusion?.roundedRate);
    expect(check.computation.totalDose).toBeCloseTo((infusion?.roundedRate ?? 0) * 4, 6);
    expect(check.computation.perCourse.projected).toBeCloseTo(check.computation.totalDose * 5, 6);
    expect(check.violations).toEqual([]);
  });

  it("adds earlier courses to the lifetime total", () => {
    const check = evaluate(custom(), 500);
    expect(check.computation.lifetime.afterThisSession).toBeCloseTo(500 + check.computation.totalDose, 6);
  });

  it("asks for a reason above a soft limit and accepts the plan once one is given", () => {
    const stronger = custom({ concentration: "10" });
    const check = evaluate(stronger);
    expect(check.reasonsNeeded).toEqual(["limit.infusion-concentration.soft"]);
    const explained = evaluate({
      ...stronger,
      overrideReasons: { "limit.infusion-concentration.soft": "Fluid limit" },
    });
    expect(explained.ok).toBe(true);
  });

  it("blocks a rate over the hard limit whatever the reason", () => {
    const check = evaluate(custom({ orderValue: "2.5", overrideReasons: { "limit.rate-per-kg.hard": "x" } }));
    expect(check.ok).toBe(false);
    expect(check.violations.find((v) => v.kind === "hard")?.limitId).toBe("limit.rate-per-kg.hard");
  });

  it("offers only the usual dilution and the vial strengths", () => {
    expect(CONCENTRATIONS.map((c) => c.value)).toEqual(["1", "10", "50", "100"]);
  });

  it("names each field that cannot be a dose", () => {
    const parsed = parsePlanDraft(custom({ orderValue: "", durationMin: "-5", sessions: "1.5" }));
    expect(parsed).toEqual({
      ok: false,
      errors: {
        "/infusion/order": "The ordered amount is required",
        "/infusion/durationMin": "Duration must be a whole number above 0 min",
        "/schedule/sessions": "Number of infusions must be a whole number above 0",
      },
    });
  });

  it("reads a saved plan back into the same plan", () => {
    const parsed = parsePlanDraft(custom({ bolus: true, bolusMgPerKg: "0.1" }));
    if (!parsed.ok) throw new Error("unexpected");
    expect(parsePlanDraft(draftFromInput(parsed.input))).toEqual(parsed);
  });

  it("predicts a concentration that rises during the infusion and falls after it", () => {
    const curve = pkCurve(evaluate(custom()));
    const at = (t: number) => curve.concentrationNgPerMl[curve.timesMin.indexOf(t)] ?? Number.NaN;
    expect(at(0)).toBe(0);
    expect(at(240)).toBeGreaterThan(at(60));
    expect(at(480)).toBeLessThan(at(240) / 2);
    expect(curve.timesMin.at(-1)).toBe(480);
  });

  describe("whether the builder still shows the saved version", () => {
    const saved = (() => {
      const parsed = parsePlanDraft(
        custom({
          premedications: [{ drug: "Ondansetron", dose: "4 mg", route: "IV", reason: "nausea" }],
          overrideReasons: { "some-limit": "reviewed" },
        }),
      );
      if (!parsed.ok) throw new Error("unexpected");
      // The server may answer with its keys in another order.
      const { overrideReasons, minObservationMinutes, ...rest } = parsed.input;
      return { overrideReasons, minObservationMinutes, ...rest };
    })();

    it("matches right after loading, and when a number is retyped the same", () => {
      expect(draftMatchesSaved(draftFromInput(saved), saved)).toBe(true);
      expect(draftMatchesSaved({ ...draftFromInput(saved), orderValue: "0.350" }, saved)).toBe(true);
    });

    it("differs once a dose, the session count or a reason changes", () => {
      const draft = draftFromInput(saved);
      expect(draftMatchesSaved({ ...draft, orderValue: "0.5" }, saved)).toBe(false);
      expect(draftMatchesSaved({ ...draft, sessions: "6" }, saved)).toBe(false);
      expect(draftMatchesSaved({ ...draft, overrideReasons: {} }, saved)).toBe(false);
      expect(draftMatchesSaved({ ...draft, premedications: [] }, saved)).toBe(false);
    });

    it("differs while a field cannot be read", () => {
      expect(draftMatchesSaved({ ...draftFromInput(saved), durationMin: "" }, saved)).toBe(false);
    });
  });
});
