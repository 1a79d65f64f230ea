import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Chart, minute, sessionFacts } from "./fixtures";
import { predictedConcentration, TAIL_MINUTES } from "./timeline";

/** One compartment: C(t) = R / (k10·V) · (1 − e^(−k10·t)) while running, then falling as e^(−k10·(t − T)). */
const closedForm = (
  rateMgPerMin: number,
  k10: number,
  vLitres: number,
  stopMin: number,
  tMin: number,
): number => {
  const plateau = rateMgPerMin / (k10 * vLitres);
  const running = Math.min(tMin, stopMin);
  const atStop = plateau * (1 - Math.exp(-k10 * running));
  return tMin <= stopMin ? atStop : atStop * Math.exp(-k10 * (tMin - stopMin));
};

describe("predictedConcentration", () => {
  it("is empty before the start", () => {
    expect(predictedConcentration(sessionFacts(), [], minute(0))).toEqual({
      at: [],
      concentrationMgPerL: [],
      forecastFrom: null,
    });
  });

  it("follows the constant-rate closed form, every minute to an hour after the stop", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 5, max: 240 }),
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
        fc.integer({ min: 40, max: 120 }),
        (rate, stopMin, k10, weight) => {
          const model = { v1LitresPerKg: 0.5, k10, peripheral: [] };
          const facts = sessionFacts({ plan: { ...sessionFacts().plan, weightKg: weight } });
          const c = new Chart();
          c.add(minute(0), { kind: "infusion-start", rateMgPerHour: rate });
          c.add(minute(stopMin), { kind: "stop", reason: "completed" });
          const r = predictedConcentration(facts, c.entries, minute(stopMin + 500), model);
          expect(r.at).toHaveLength(stopMin + TAIL_MINUTES + 1);
          expect(r.at[0]).toBe(minute(0));
          expect(r.at.at(-1)).toBe(minute(stopMin + TAIL_MINUTES));
          r.concentrationMgPerL.forEach((v, t) => {
            const want = closedForm(rate / 60, k10, 0.5 * weight, stopMin, t);
            expect(Math.abs(v - want)).toBeLessThanOrEqual(1e-9 + 1e-7 * want);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("while running, forecasts the current rate until the planned dose has run in, then an hour of fall", () => {
    const model = { v1LitresPerKg: 0.5, k10: 0.1, peripheral: [] };
    // 30 mg/h with 20 mg planned: the dose has run in at 40 minutes.
    const facts = sessionFacts({ plan: { ...sessionFacts().plan, doseMg: 20 } });
    const c = new Chart();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 30 });
    const r = predictedConcentration(facts, c.entries, minute(20), model);
    expect(r.forecastFrom).toBe(minute(20));
    expect(r.at).toHaveLength(40 + TAIL_MINUTES + 1);
    expect(r.concentrationMgPerL[20]).toBeCloseTo(closedForm(0.5, 0.1, 35, 40, 20), 12);
    expect(r.concentrationMgPerL[40]).toBeCloseTo(closedForm(0.5, 0.1, 35, 40, 40), 12);
    expect(r.concentrationMgPerL[70]).toBeCloseTo(closedForm(0.5, 0.1, 35, 40, 70), 12);
  });

  it("after the stop, shows what ran and no forecast", () => {
    const model = { v1LitresPerKg: 0.5, k10: 0.1, peripheral: [] };
    const c = new Chart();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 30 });
    c.add(minute(25), { kind: "stop", reason: "side-effect" });
    const r = predictedConcentration(sessionFacts(), c.entries, minute(30), model);
    expect(r.forecastFrom).toBeNull();
    expect(r.concentrationMgPerL[25 + 10]).toBeCloseTo(closedForm(0.5, 0.1, 35, 25, 35), 12);
  });
});
