import { describe, expect, it } from "vitest";
import { DOMINO, predict } from "../pk";
import { kg, mgPerKg, mgPerKgPerHour, mgPerMl, minutes } from "../units";
import { computePlan } from "./compute";
import { plannedDoses } from "./planned-doses";
import { doseDeliveredUpTo } from "./rate-history";

describe("plannedDoses", () => {
  const c = computePlan(
    {
      protocolId: "custom",
      bolus: { order: { kind: "dose-per-kg", dose: mgPerKg(0.2) }, concentration: mgPerMl(10) },
      infusion: {
        order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.5) },
        duration: minutes(120),
        concentration: mgPerMl(1),
      },
      sessionsInCourse: 1,
    },
    kg(70),
  );

  it("delivers exactly the plan's total dose", () => {
    const doses = plannedDoses(c);
    expect(doses).toHaveLength(2);
    // A PK dose list is also a valid administration record list.
    expect(doseDeliveredUpTo(doses, minutes(120))).toBeCloseTo(c.totalDose, 9);
  });

  it("gives a curve that rises during the bolus and ends the session above zero", () => {
    const [atStart, afterBolus, atEnd] = predict(DOMINO, kg(70), plannedDoses(c), [
      minutes(0),
      minutes(1),
      minutes(120),
    ]);
    expect(atStart).toBe(0);
    expect(afterBolus!).toBeGreaterThan(atEnd!);
    expect(atEnd!).toBeGreaterThan(0);
  });
});
