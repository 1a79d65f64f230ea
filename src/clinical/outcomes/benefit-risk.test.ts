import { describe, expect, it } from "vitest";
import { mg } from "../units";
import { benefitRisk, type InfusionRecord } from "./benefit-risk";
import { painResponse } from "./response";

const day = (d: number) => Date.UTC(2026, 3, d, 10, 0, 0);

const records: InfusionRecord[] = [
  {
    sessionId: "s2",
    at: day(8),
    dose: mg(120),
    painBefore: 7,
    painAfter: 5,
    sideEffects: [{ id: "nausea", grade: 2 }],
  },
  {
    sessionId: "s1",
    at: day(1),
    dose: mg(80),
    painBefore: 8,
    painAfter: 4,
    sideEffects: [
      { id: "dizziness", grade: 1 },
      { id: "dissociation", grade: 2 },
    ],
  },
  {
    sessionId: "s3",
    at: day(15),
    dose: mg(120),
    painBefore: null,
    painAfter: 3,
    sideEffects: [{ id: "seizure", grade: 1 }],
  },
];

describe("benefitRisk", () => {
  const summary = benefitRisk(records);

  it("orders infusions by time and keeps a running total dose", () => {
    expect(summary.infusions.map((i) => i.sessionId)).toEqual(["s1", "s2", "s3"]);
    expect(summary.infusions.map((i) => i.cumulativeDose)).toEqual([80, 200, 320]);
    expect(summary.totals.cumulativeDose).toBe(320);
  });

  it("gives pain change, side-effect count and worst grade per infusion", () => {
    const [s1, s2, s3] = summary.infusions;
    expect(s1!.pain?.responseClass).toBe("substantial");
    expect(s1!.sideEffectCount).toBe(2);
    expect(s1!.worstGrade).toBe(2);
    expect(s2!.pain?.reductionPercent).toBe(28.6);
    expect(s2!.pain?.responseClass).toBe("minimal");
    expect(s3!.pain).toBeNull();
    expect(s3!.redFlags).toEqual(["seizure"]);
  });

  it("totals responders over assessed infusions, side effects and red flags", () => {
    expect(summary.totals).toMatchObject({
      infusions: 3,
      responders: 1,
      assessed: 2,
      sideEffectCount: 4,
      worstGrade: 2,
      redFlagCount: 1,
    });
    expect(summary.ruleId).toBe("out.benefit-risk");
  });

  it("handles a patient with no infusions", () => {
    expect(benefitRisk([]).totals).toMatchObject({
      infusions: 0,
      cumulativeDose: 0,
      worstGrade: null,
      responders: 0,
    });
  });
});

describe("painResponse", () => {
  it("refuses scores outside the 0–10 scale with a clear message", () => {
    expect(() => painResponse(11, 4)).toThrow(/Before pain must be a whole number from 0 to 10/);
    expect(() => painResponse(5, 2.5)).toThrow(/After pain/);
  });
});
