import { describe, expect, it } from "vitest";
import { kg, mgPerHour, minutes } from "../units";
import { compareRegimens } from "./compare";
import type { Dose } from "./doses";
import { HIJAZI } from "./models";
import { predict } from "./predict";

const cleveland: Dose[] = [{ kind: "rate", start: minutes(0), stop: minutes(40), rate: mgPerHour(52.5) }];
const schwartzman: Dose[] = [{ kind: "rate", start: minutes(0), stop: minutes(240), rate: mgPerHour(25) }];

describe("compareRegimens", () => {
  const { a, b } = compareRegimens(cleveland, schwartzman, {
    weight: kg(70),
    horizon: minutes(360),
    step: minutes(1),
  });

  it("finds each peak at the end of its infusion", () => {
    expect(a.timeOfPeak).toBe(40);
    expect(b.timeOfPeak).toBe(240);
    expect(a.peak).toBeGreaterThan(b.peak);
  });

  it("gives the larger total dose the larger exposure", () => {
    // 35 mg against 100 mg: exposure scales with dose for a linear model, up to the part after the horizon.
    expect(b.auc).toBeGreaterThan(2 * a.auc);
  });

  it("reports time in every band and never more than the window", () => {
    for (const s of [a, b]) {
      expect(Object.keys(s.timeInBands).sort()).toEqual(["anaesthetic", "analgesia", "dissociation"]);
      for (const v of Object.values(s.timeInBands)) expect(v).toBeLessThanOrEqual(360);
    }
    expect(a.timeInBands.anaesthetic).toBe(0);
  });

  it("puts dose events on the grid even when the step skips them, and honours the chosen model", () => {
    const odd: Dose[] = [{ kind: "rate", start: minutes(0), stop: minutes(37.3), rate: mgPerHour(60) }];
    const { a: s } = compareRegimens(odd, odd, {
      model: HIJAZI,
      weight: kg(70),
      horizon: minutes(120),
      step: minutes(5),
    });
    expect(s.timeOfPeak).toBe(37.3);
    // The grid reaches 37.3 min in several steps, the single prediction in one: equal to rounding.
    const direct = predict(HIJAZI, kg(70), odd, [minutes(37.3)])[0]!;
    expect(Math.abs(s.peak - direct) / direct).toBeLessThan(1e-12);
  });

  it("refuses a zero step", () => {
    expect(() =>
      compareRegimens(cleveland, cleveland, { weight: kg(70), horizon: minutes(60), step: minutes(0) }),
    ).toThrow(/step/);
  });
});
