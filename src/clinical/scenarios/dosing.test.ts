/// <reference types="vite/client" />
/**
 * Runs every dosing scenario in ./dosing: a patient and a plan written with plain numbers and their units
 * in the field names, and what the planning screen must show for them.
 */
import { describe, expect, it } from "vitest";
import { type BolusOrder, checkPlan, type InfusionOrder, type Patient, type Plan } from "../dosing";
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

interface ScenarioOrder {
  readonly kind: InfusionOrder["kind"];
  /** In the unit the kind implies: mg/kg/h, µg/kg/min, mg/h, mg/kg or mg. */
  readonly value: number;
}

interface Scenario {
  readonly description: string;
  readonly patient: {
    readonly weightKg: number;
    readonly courseId: string;
    readonly history: readonly { readonly courseId: string; readonly deliveredMg: number }[];
  };
  readonly plan: {
    readonly protocolId: string;
    readonly infusion?: {
      readonly order: ScenarioOrder;
      readonly durationMin: number;
      readonly concentrationMgPerMl: number;
    };
    readonly bolus?: {
      readonly order: ScenarioOrder & { readonly kind: BolusOrder["kind"] };
      readonly concentrationMgPerMl: number;
      readonly durationS?: number;
    };
    readonly sessionsInCourse: number;
    readonly pumpResolutionMlPerHour?: number;
    readonly overrideReasons?: Readonly<Record<string, string>>;
  };
  readonly expect: Readonly<Record<string, unknown>> & {
    readonly error?: string;
    readonly ok?: boolean;
    readonly violations?: readonly {
      readonly limitId: string;
      readonly kind: string;
      readonly overridden?: boolean;
    }[];
  };
}

function infusionOrder(o: ScenarioOrder): InfusionOrder {
  switch (o.kind) {
    case "rate-per-kg":
      return { kind: o.kind, rate: mgPerKgPerHour(o.value) };
    case "rate-per-kg-per-min":
      return { kind: o.kind, rate: mcgPerKgPerMin(o.value) };
    case "rate":
      return { kind: o.kind, rate: mgPerHour(o.value) };
    case "dose-per-kg":
      return { kind: o.kind, dose: mgPerKg(o.value) };
    case "dose":
      return { kind: o.kind, dose: mg(o.value) };
  }
}

function toPlan(s: Scenario["plan"]): Plan {
  const { infusion, bolus } = s;
  return {
    protocolId: s.protocolId,
    sessionsInCourse: s.sessionsInCourse,
    ...(infusion && {
      infusion: {
        order: infusionOrder(infusion.order),
        duration: minutes(infusion.durationMin),
        concentration: mgPerMl(infusion.concentrationMgPerMl),
      },
    }),
    ...(bolus && {
      bolus: {
        order:
          bolus.order.kind === "dose"
            ? { kind: "dose", dose: mg(bolus.order.value) }
            : { kind: "dose-per-kg", dose: mgPerKg(bolus.order.value) },
        concentration: mgPerMl(bolus.concentrationMgPerMl),
        ...(bolus.durationS !== undefined && { duration: seconds(bolus.durationS) }),
      },
    }),
    ...(s.pumpResolutionMlPerHour !== undefined && { pumpResolution: mlPerHour(s.pumpResolutionMlPerHour) }),
    ...(s.overrideReasons && { overrideReasons: s.overrideReasons }),
  };
}

function toPatient(p: Scenario["patient"]): Patient {
  return {
    weight: kg(p.weightKg),
    courseId: p.courseId,
    history: p.history.map((h) => ({ courseId: h.courseId, delivered: mg(h.deliveredMg) })),
  };
}

const files = import.meta.glob<Scenario>("./dosing/*.json", { eager: true, import: "default" });

describe("dosing scenarios", () => {
  it("has at least ten scenarios", () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, scenario] of Object.entries(files)) {
    it(`${file.replace("./dosing/", "")}: ${scenario.description}`, () => {
      const plan = toPlan(scenario.plan);
      const patient = toPatient(scenario.patient);
      const e = scenario.expect;
      if (e.error) {
        expect(() => checkPlan(plan, patient)).toThrow(e.error);
        return;
      }
      const { ok, violations, computation: c } = checkPlan(plan, patient);
      const actual: Record<string, unknown> = {
        orderedRateMgPerHour: c.infusion?.orderedRate,
        cappedAtMgPerHour: c.infusion?.cappedAt,
        rateMlPerHour: c.infusion?.rateMlPerHour,
        roundedRateMlPerHour: c.infusion?.roundedRate,
        rounding: c.infusion?.rounding,
        roundingDifferenceMlPerHour: c.infusion?.roundingDifference,
        deliveredRateMgPerHour: c.infusion?.deliveredRate,
        deliveredRatePerKg: c.infusion?.deliveredRatePerKg,
        doseDifferenceMg: c.infusion?.doseDifference,
        bolusDoseMg: c.bolus?.dose,
        bolusVolumeMl: c.bolus?.volume,
        bolusDurationS: c.bolus?.duration,
        totalDoseMg: c.totalDose,
        totalVolumeMl: c.totalVolume,
        courseProjectedMg: c.perCourse.projected,
        lifetimeAfterMg: c.lifetime.afterThisSession,
      };
      for (const [key, expected] of Object.entries(e)) {
        if (key === "ok" || key === "violations") continue;
        expect(key in actual, `unknown expectation ${key}`).toBe(true);
        if (typeof expected === "number") expect(actual[key], key).toBeCloseTo(expected, 5);
        else expect(actual[key], key).toBe(expected);
      }
      if (e.ok !== undefined) expect(ok).toBe(e.ok);
      if (e.violations) {
        expect(violations.map((v) => `${v.kind}:${v.limitId}`).sort()).toEqual(
          e.violations.map((v) => `${v.kind}:${v.limitId}`).sort(),
        );
        for (const v of e.violations) {
          if (v.overridden === undefined) continue;
          expect(violations.find((x) => x.limitId === v.limitId)?.overrideReason !== null).toBe(v.overridden);
        }
      }
    });
  }
});
