import { describe, expect, it } from "vitest";
import { KB_VERSION } from "../provenance";
import { kg, mg, mgPerHour, mgPerKg, mgPerKgPerHour, mgPerMl, minutes, seconds } from "../units";
import { checkPlan } from "./check";
import { findProtocol } from "./library";
import { checkInfusionRate } from "./limits";
import type { Patient, Plan } from "./types";

const patient = (weight: number, history: Patient["history"] = []): Patient => ({
  weight: kg(weight),
  courseId: "course-1",
  history,
});

const custom = (rate: number, duration = 240, concentration = 1): Plan => ({
  protocolId: "custom",
  infusion: {
    order: { kind: "rate", rate: mgPerHour(rate) },
    duration: minutes(duration),
    concentration: mgPerMl(concentration),
  },
  sessionsInCourse: 1,
});

describe("checkPlan", () => {
  it("passes the protocol as written", () => {
    const plan: Plan = {
      protocolId: "cleveland",
      infusion: {
        order: { kind: "dose-per-kg", dose: mgPerKg(0.5) },
        duration: minutes(40),
        concentration: mgPerMl(1),
      },
      sessionsInCourse: 5,
    };
    const result = checkPlan(plan, patient(70));
    expect(result).toMatchObject({ ok: true, violations: [], reasonsNeeded: [] });
  });

  it("flags a soft limit and accepts it once a reason is recorded", () => {
    // 1.5 mg/kg/h at 60 kg = 90 mg/h: above the 1 mg/kg/h soft limit, below the 2 mg/kg/h hard one.
    const plan = custom(90, 120);
    const first = checkPlan(plan, patient(60));
    expect(first.ok).toBe(false);
    expect(first.reasonsNeeded).toEqual(["limit.rate-per-kg.soft"]);
    const v = first.violations[0]!;
    expect(v).toMatchObject({
      kind: "soft",
      quantity: "infusion-rate-per-kg",
      unit: "mg/kg/h",
      bound: "max",
      sources: ["S13"],
    });
    expect(v.value).toBeCloseTo(1.5, 10);
    expect(v.limit).toBe(1);
    expect(v.message).toBe(
      "Infusion rate (per kg) 1.5 mg/kg/h is above the soft limit of 1 mg/kg/h. Allowed only with a reason recorded by the prescriber.",
    );
    expect(v.producedBy).toEqual({
      ruleId: "limit.rate-per-kg.soft",
      ruleVersion: "1",
      kbVersion: KB_VERSION,
    });

    const second = checkPlan(
      { ...plan, overrideReasons: { "limit.rate-per-kg.soft": "Refractory pain, inpatient bed" } },
      patient(60),
    );
    expect(second.ok).toBe(true);
    expect(second.violations[0]?.overrideReason).toBe("Refractory pain, inpatient bed");
  });

  it("does not accept a blank reason", () => {
    const plan = { ...custom(90, 120), overrideReasons: { "limit.rate-per-kg.soft": "   " } };
    expect(checkPlan(plan, patient(60)).ok).toBe(false);
  });

  it("refuses a hard limit even with a reason", () => {
    const plan = { ...custom(150, 60), overrideReasons: { "limit.rate-per-kg.hard": "Because" } };
    const result = checkPlan(plan, patient(60));
    expect(result.ok).toBe(false);
    const hard = result.violations.find((v) => v.limitId === "limit.rate-per-kg.hard");
    expect(hard?.kind).toBe("hard");
    expect(hard?.overrideReason).toBeNull();
    expect(hard?.message).toMatch(/Refused: a hard limit cannot be overridden/);
  });

  it("Schwartzman at 80 kg passes thanks to the 25 mg/h cap; a plain 28 mg/h order under the same protocol is refused", () => {
    const capped: Plan = {
      protocolId: "schwartzman",
      infusion: {
        order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) },
        duration: minutes(240),
        concentration: mgPerMl(1),
      },
      sessionsInCourse: 10,
    };
    expect(checkPlan(capped, patient(80)).ok).toBe(true);
    // A fixed-rate order is still capped by the protocol, so the way to exceed 25 mg/h would be another protocol.
    const fixed: Plan = {
      ...capped,
      infusion: { ...capped.infusion!, order: { kind: "rate", rate: mgPerHour(28) } },
    };
    const c = checkPlan(fixed, patient(80)).computation;
    expect(c.infusion?.deliveredRate).toBe(25);
  });

  it("refuses a Schwartzman course that has already had its 1,000 mg", () => {
    const plan: Plan = {
      protocolId: "schwartzman",
      infusion: {
        order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) },
        duration: minutes(240),
        concentration: mgPerMl(1),
      },
      sessionsInCourse: 10,
    };
    const history = Array.from({ length: 10 }, () => ({ courseId: "course-1", delivered: mg(100) }));
    const result = checkPlan(plan, patient(80, history));
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.limitId)).toContain("limit.schwartzman.course-total.hard");
  });

  it("refuses an undiluted 100 mg/mL bolus and one pushed in under 60 s", () => {
    const plan: Plan = {
      protocolId: "custom",
      bolus: {
        order: { kind: "dose-per-kg", dose: mgPerKg(0.3) },
        concentration: mgPerMl(100),
        duration: seconds(30),
      },
      sessionsInCourse: 1,
    };
    const ids = checkPlan(plan, patient(70)).violations.map((v) => v.limitId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "limit.bolus-concentration.hard",
        "limit.bolus-duration.hard",
        "limit.bolus-speed.hard",
      ]),
    );
  });

  it("ASRA starting dose: 80 mg over exactly 2 h needs a reason, over 150 min passes", () => {
    const plan = (duration: number): Plan => ({
      protocolId: "asra-start",
      infusion: {
        order: { kind: "dose", dose: mg(80) },
        duration: minutes(duration),
        concentration: mgPerMl(1),
      },
      sessionsInCourse: 1,
    });
    expect(checkPlan(plan(120), patient(70)).reasonsNeeded).toEqual(["limit.asra-start.duration.min"]);
    expect(checkPlan(plan(150), patient(70)).ok).toBe(true);
  });

  it("ASRA starting dose below 80 mg asks for a reason", () => {
    const plan: Plan = {
      protocolId: "asra-start",
      infusion: { order: { kind: "dose", dose: mg(60) }, duration: minutes(150), concentration: mgPerMl(1) },
      sessionsInCourse: 1,
    };
    const v = checkPlan(plan, patient(70)).violations;
    expect(v.map((x) => x.limitId)).toEqual(["limit.asra-start.session-total.min"]);
    expect(v[0]?.message).toMatch(/below the soft minimum of 80 mg/);
  });

  it("a 10 mg/mL infusion bag asks for a reason; an undiluted 100 mg/mL one is refused", () => {
    expect(checkPlan(custom(20, 60, 10), patient(70)).reasonsNeeded).toEqual([
      "limit.infusion-concentration.soft",
    ]);
    const ids = checkPlan(custom(20, 60, 100), patient(70)).violations.map((v) => `${v.kind}:${v.limitId}`);
    expect(ids).toContain("hard:limit.infusion-concentration.hard");
  });
});

describe("checkInfusionRate (rate changes during a session)", () => {
  it("refuses a change above the protocol's hard cap and accepts one at it", () => {
    const limits = findProtocol("schwartzman").limits;
    expect(checkInfusionRate(limits, kg(80), mgPerHour(25))).toEqual([]);
    // 28 mg/h at 80 kg is exactly 0.35 mg/kg/h: at the soft limit, so only the 25 mg/h hard cap fires.
    const over = checkInfusionRate(limits, kg(80), mgPerHour(28));
    expect(over.map((v) => `${v.kind}:${v.limitId}`)).toEqual(["hard:limit.schwartzman.rate.hard"]);
    // 24 mg/h at 60 kg is 0.4 mg/kg/h: above the protocol's weight-based rate, within the cap.
    const perKg = checkInfusionRate(limits, kg(60), mgPerHour(24));
    expect(perKg.map((v) => `${v.kind}:${v.limitId}`)).toEqual(["soft:limit.schwartzman.rate-per-kg.soft"]);
  });
});
