import { describe, expect, it } from "vitest";
import {
  kg,
  mcgPerKgPerMin,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
  mlPerHour,
  seconds,
} from "../units";
import { computePlan, PlanError } from "./compute";
import { DEFAULT_LIBRARY, withLimitValues } from "./library";
import type { Plan } from "./types";

const schwartzman = (concentration = 1): Plan => ({
  protocolId: "schwartzman",
  infusion: {
    order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) },
    duration: minutes(240),
    concentration: mgPerMl(concentration),
  },
  sessionsInCourse: 10,
});

describe("computePlan", () => {
  it("Cleveland at 70 kg: 0.5 mg/kg over 40 min is 35 mg at 52.5 mL/h of 1 mg/mL", () => {
    const c = computePlan(
      {
        protocolId: "cleveland",
        infusion: {
          order: { kind: "dose-per-kg", dose: mgPerKg(0.5) },
          duration: minutes(40),
          concentration: mgPerMl(1),
        },
        sessionsInCourse: 5,
      },
      kg(70),
    );
    expect(c.infusion?.rateMlPerHour).toBeCloseTo(52.5, 10);
    expect(c.infusion?.roundedRate).toBe(52.5);
    expect(c.totalDose).toBeCloseTo(35, 10);
    expect(c.totalVolume).toBeCloseTo(35, 10);
    expect(c.perCourse.projected).toBeCloseTo(175, 10);
    expect(c.perCourse.projectedPerKg).toBeCloseTo(2.5, 10);
  });

  it("Schwartzman at 80 kg: 28 mg/h ordered is capped at 25 mg/h = 25 mL/h, 100 mg per session", () => {
    const c = computePlan(schwartzman(), kg(80));
    expect(c.infusion?.orderedRate).toBeCloseTo(28, 10);
    expect(c.infusion?.cappedAt).toBe(25);
    expect(c.infusion?.roundedRate).toBe(25);
    expect(c.totalDose).toBe(100);
    expect(c.perCourse.projected).toBe(1000);
  });

  it("Schwartzman at 60 kg is not capped: 21 mg/h", () => {
    const c = computePlan(schwartzman(), kg(60));
    expect(c.infusion?.cappedAt).toBeNull();
    expect(c.infusion?.deliveredRate).toBeCloseTo(21, 10);
  });

  it("states the rounding and the dose the rounded rate delivers", () => {
    // 0.35 mg/kg/h × 75 kg = 26.25 → capped 25 mg/h; at 0.7 mg/mL that is 35.714… mL/h → 35.7 mL/h.
    const c = computePlan(schwartzman(0.7), kg(75));
    expect(c.infusion?.roundedRate).toBe(35.7);
    expect(c.infusion?.roundingDifference).toBeCloseTo(35.7 - 25 / 0.7, 12);
    expect(c.infusion?.deliveredRate).toBeCloseTo(24.99, 10);
    expect(c.infusion?.deliveredDose).toBeCloseTo(99.96, 10);
    expect(c.infusion?.doseDifference).toBeCloseTo(-0.04, 10);
  });

  it("rounds down instead of up when the step up would cross a hard limit", () => {
    // 25 mg/h at 0.3 mg/mL is 83.333… mL/h; nearest would be 83.3 (down anyway). At 0.6 mg/mL it is 41.666…,
    // nearest 41.7 = 25.02 mg/h, over the 25 mg/h hard cap, so the pump gets 41.6.
    const c = computePlan(schwartzman(0.6), kg(80));
    expect(c.infusion?.rounding).toBe("down");
    expect(c.infusion?.roundedRate).toBe(41.6);
    expect(c.infusion?.deliveredRate).toBeLessThanOrEqual(25);
  });

  it("rounds up when no hard limit is in the way", () => {
    const c = computePlan(
      {
        protocolId: "custom",
        infusion: {
          order: { kind: "rate", rate: mgPerHour(25) },
          duration: minutes(60),
          concentration: mgPerMl(0.6),
        },
        sessionsInCourse: 1,
      },
      kg(80),
    );
    expect(c.infusion?.rounding).toBe("nearest");
    expect(c.infusion?.roundedRate).toBe(41.7);
  });

  it("honours a configured pump step", () => {
    const c = computePlan({ ...schwartzman(0.6), pumpResolution: mlPerHour(0.01) }, kg(60));
    expect(c.infusion?.roundedRate).toBe(35);
    const coarse = computePlan({ ...schwartzman(0.6), pumpResolution: mlPerHour(1) }, kg(60));
    expect(coarse.infusion?.roundedRate).toBe(35);
  });

  it("turns a µg/kg/min order into mg/h: 5 µg/kg/min at 70 kg is 21 mg/h", () => {
    const c = computePlan(
      {
        protocolId: "custom",
        infusion: {
          order: { kind: "rate-per-kg-per-min", rate: mcgPerKgPerMin(5) },
          duration: minutes(60),
          concentration: mgPerMl(1),
        },
        sessionsInCourse: 1,
      },
      kg(70),
    );
    expect(c.infusion?.deliveredRate).toBeCloseTo(21, 10);
    expect(c.infusion?.roundedRate).toBe(21);
  });

  it("adds a bolus to the totals, with its volume and push time", () => {
    const c = computePlan(
      {
        protocolId: "custom",
        bolus: { order: { kind: "dose-per-kg", dose: mgPerKg(0.3) }, concentration: mgPerMl(10) },
        infusion: {
          order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.5) },
          duration: minutes(120),
          concentration: mgPerMl(1),
        },
        sessionsInCourse: 1,
      },
      kg(70),
    );
    expect(c.bolus?.dose).toBeCloseTo(21, 10);
    expect(c.bolus?.volume).toBeCloseTo(2.1, 10);
    expect(c.bolus?.duration).toBe(60);
    expect(c.bolus?.speed).toBeCloseTo(0.3, 10);
    expect(c.totalDose).toBeCloseTo(21 + 70, 10);
    expect(c.totalVolume).toBeCloseTo(2.1 + 70, 10);
  });

  it("a bolus-only plan has no infusion and takes the prescriber's push time", () => {
    const c = computePlan(
      {
        protocolId: "custom",
        bolus: { order: { kind: "dose", dose: mg(20) }, concentration: mgPerMl(10), duration: seconds(120) },
        sessionsInCourse: 1,
      },
      kg(80),
    );
    expect(c.infusion).toBeNull();
    expect(c.bolus?.duration).toBe(120);
    expect(c.totalDose).toBe(20);
    expect(c.sessionDuration).toBe(0);
  });

  it("projects the course from past sessions", () => {
    const c = computePlan(schwartzman(), kg(80), {
      courseId: "c1",
      history: [
        { courseId: "c1", delivered: mg(100) },
        { courseId: "c1", delivered: mg(90) },
        { courseId: "c0", delivered: mg(500) },
      ],
    });
    expect(c.perCourse.past).toBe(190);
    expect(c.perCourse.sessionsDone).toBe(2);
    expect(c.perCourse.projected).toBe(190 + 8 * 100);
    expect(c.lifetime).toEqual({ past: 690, afterThisSession: 790 });
  });

  it("uses a clinic's changed limit values", () => {
    // With every hard limit the step up would cross raised (rate, session, course), 41.666… mL/h rounds to the nearest step again.
    const library = withLimitValues(DEFAULT_LIBRARY, {
      "limit.schwartzman.rate.hard": mgPerHour(30),
      "limit.schwartzman.session-total.hard": mg(120),
      "limit.schwartzman.course-total.hard": mg(1200),
    });
    const c = computePlan(schwartzman(0.6), kg(80), { library });
    expect(c.infusion?.rounding).toBe("nearest");
    expect(c.infusion?.roundedRate).toBe(41.7);
    expect(() => withLimitValues(DEFAULT_LIBRARY, { "limit.nope": mg(1) })).toThrow(/Unknown limit/);
  });

  it.each([
    ["a zero weight", schwartzman(), 0, /body weight above 0 kg/],
    [
      "a zero duration",
      { ...schwartzman(), infusion: { ...schwartzman().infusion!, duration: minutes(0) } },
      70,
      /duration above 0/,
    ],
    ["a zero concentration", schwartzman(0), 70, /concentration above 0/],
    ["no sessions", { ...schwartzman(), sessionsInCourse: 0 }, 70, /whole number of sessions/],
    ["an unknown protocol", { ...schwartzman(), protocolId: "nope" }, 70, /Unknown protocol/],
  ])("refuses %s with a clear message", (_, plan, weight, message) => {
    expect(() => computePlan(plan as Plan, kg(weight as number))).toThrow(message as RegExp);
  });

  it("refuses a rate too small for the pump step rather than silently delivering nothing", () => {
    const plan: Plan = {
      protocolId: "custom",
      infusion: {
        order: { kind: "rate", rate: mgPerHour(2) },
        duration: minutes(60),
        concentration: mgPerMl(50),
      },
      sessionsInCourse: 1,
    };
    expect(() => computePlan(plan, kg(70))).toThrow(PlanError);
    expect(() => computePlan(plan, kg(70))).toThrow(/weaker concentration/);
  });
});
