/**
 * Properties of the dose math that must hold for every input, not just the worked examples.
 */
import fc from "fast-check";
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
import { checkPlan } from "./check";
import { computePlan, PlanError } from "./compute";
import { PROTOCOLS } from "./library";
import { breaches, measurePlan } from "./limits";
import { type AdministrationRecord, doseDeliveredUpTo } from "./rate-history";
import type { InfusionOrder, Patient, Plan, PlanComputation } from "./types";

/** Decimal amounts of the kind written in orders (three decimals), where the interesting cases live. */
const amount = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((i) => i / 1000);

const order: fc.Arbitrary<InfusionOrder> = fc.oneof(
  amount(0, 3).map((v) => ({ kind: "rate-per-kg", rate: mgPerKgPerHour(v) }) as const),
  amount(0, 50).map((v) => ({ kind: "rate-per-kg-per-min", rate: mcgPerKgPerMin(v) }) as const),
  amount(0, 200).map((v) => ({ kind: "rate", rate: mgPerHour(v) }) as const),
  amount(0, 2).map((v) => ({ kind: "dose-per-kg", dose: mgPerKg(v) }) as const),
  amount(0, 500).map((v) => ({ kind: "dose", dose: mg(v) }) as const),
);

const plan: fc.Arbitrary<Plan> = fc.record({
  protocolId: fc.constantFrom(...PROTOCOLS.map((p) => p.protocolId)),
  infusion: fc.record({
    order,
    duration: amount(1, 6000).map(minutes),
    concentration: fc.oneof(fc.constantFrom(0.5, 0.7, 1, 2, 10, 50, 100), amount(0.05, 100)).map(mgPerMl),
  }),
  bolus: fc.option(
    fc.record({
      order: fc.oneof(
        amount(0, 1).map((v) => ({ kind: "dose-per-kg", dose: mgPerKg(v) }) as const),
        amount(0, 60).map((v) => ({ kind: "dose", dose: mg(v) }) as const),
      ),
      concentration: fc.constantFrom(1, 10, 50, 100).map(mgPerMl),
      duration: fc.option(amount(1, 600).map(seconds), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  sessionsInCourse: fc.integer({ min: 1, max: 12 }),
  pumpResolution: fc.constantFrom(0.01, 0.1, 1).map(mlPerHour),
});

const patient: fc.Arbitrary<Patient> = fc.record({
  weight: amount(0.5, 300).map(kg),
  courseId: fc.constant("c"),
  history: fc.array(fc.record({ courseId: fc.constantFrom("c", "old"), delivered: amount(0, 400).map(mg) }), {
    maxLength: 12,
  }),
});

/** Compute, treating only a clear PlanError (rate below the pump step) as an acceptable refusal. */
function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof PlanError) return null;
    throw e;
  }
}

function numbersIn(value: unknown, path = "c"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

describe("dose math properties", () => {
  it("rounded rate × concentration × time reproduces the delivered dose, within half a pump step of the prescription", () => {
    fc.assert(
      fc.property(plan, patient, (p, pt) => {
        const c = attempt(() => computePlan(p, pt.weight));
        if (!c?.infusion) return;
        const i = c.infusion;
        const hours = i.duration / 60;
        const step = p.pumpResolution!;
        expect(i.deliveredDose).toBeCloseTo(i.roundedRate * i.concentration * hours, 6);
        expect(i.prescribedDose).toBeCloseTo(i.prescribedRate * hours, 6);
        const allowedSlack = (i.rounding === "nearest" ? step / 2 : step) * i.concentration * hours;
        expect(Math.abs(i.deliveredDose - i.prescribedDose)).toBeLessThanOrEqual(
          allowedSlack * (1 + 1e-9) + 1e-9,
        );
        expect(Math.abs(i.roundedRate / step - Math.round(i.roundedRate / step))).toBeLessThan(1e-6);
      }),
    );
  });

  it("never yields NaN, Infinity or a negative quantity", () => {
    fc.assert(
      fc.property(plan, patient, (p, pt) => {
        const check = attempt(() => checkPlan(p, pt));
        if (!check) return;
        for (const [path, n] of numbersIn(check.computation)) {
          expect(Number.isFinite(n), path).toBe(true);
          // Differences are signed; everything else is an amount.
          if (!path.endsWith("Difference")) expect(n, path).toBeGreaterThanOrEqual(0);
        }
        for (const v of check.violations) expect(Number.isFinite(v.value) && v.value >= 0).toBe(true);
      }),
    );
  });

  it("a plan that passes never exceeds a hard limit, and rounding never carries a plan over one", () => {
    fc.assert(
      fc.property(plan, patient, (p, pt) => {
        const check = attempt(() => checkPlan(p, pt));
        if (!check) return;
        const protocol = PROTOCOLS.find((x) => x.protocolId === p.protocolId)!;
        const c: PlanComputation = check.computation;
        const delivered = measurePlan(c);
        // Recompute what the pump delivers independently of the computation's own fields.
        if (c.infusion) {
          const rate = c.infusion.roundedRate * c.infusion.concentration;
          expect(delivered["infusion-rate"]).toBeCloseTo(rate, 9);
        }
        const hard = protocol.limits.filter((l) => l.kind === "hard");
        if (check.ok) {
          for (const l of hard) {
            const v = delivered[l.quantity];
            if (v !== undefined) expect(breaches(l, v), l.id).toBe(false);
          }
        }
        if (c.infusion && c.infusion.roundedRate > c.infusion.rateMlPerHour) {
          // Rounded up: every hard limit breached now was already breached by the (practically) exact rate.
          const fine = attempt(() => checkPlan({ ...p, pumpResolution: mlPerHour(1e-12) }, pt));
          const exact = fine ? measurePlan(fine.computation) : {};
          for (const l of hard) {
            const after = delivered[l.quantity];
            const before = exact[l.quantity];
            if (after !== undefined && before !== undefined && breaches(l, after)) {
              expect(breaches(l, before), l.id).toBe(true);
            }
          }
        }
      }),
    );
  });
});

describe("the Schwartzman 25 mg/h cap", () => {
  it("is never exceeded, whatever the weight above the cap, concentration and pump step", () => {
    fc.assert(
      fc.property(amount(71.5, 250), amount(0.05, 2), fc.constantFrom(0.01, 0.1, 0.5, 1), (w, conc, step) => {
        const p: Plan = {
          protocolId: "schwartzman",
          infusion: {
            order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) },
            duration: minutes(240),
            concentration: mgPerMl(conc),
          },
          sessionsInCourse: 10,
          pumpResolution: mlPerHour(step),
        };
        const c = attempt(() => computePlan(p, kg(w)));
        if (!c?.infusion) return;
        expect(c.infusion.deliveredRate).toBeLessThanOrEqual(25 * (1 + 1e-9));
        expect(c.totalDose).toBeLessThanOrEqual(100 * (1 + 1e-9));
        expect(c.perCourse.projected).toBeLessThanOrEqual(1000 * (1 + 1e-9));
      }),
      { numRuns: 500 },
    );
  });
});

describe("rate history", () => {
  const segments = fc.array(fc.record({ length: amount(0, 120), rate: amount(0, 100), gap: amount(0, 30) }), {
    maxLength: 10,
  });

  it("dose delivered by the end equals the sum over segments, and grows with time", () => {
    fc.assert(
      fc.property(segments, amount(0, 2000), (parts, probe) => {
        let t = 0;
        const records: AdministrationRecord[] = [];
        let expected = 0;
        for (const s of parts) {
          t += s.gap;
          records.push({
            kind: "rate",
            start: minutes(t),
            stop: minutes(t + s.length),
            rate: mgPerHour(s.rate),
          });
          expected += (s.rate * s.length) / 60;
          t += s.length;
        }
        expect(doseDeliveredUpTo(records, minutes(t + 1))).toBeCloseTo(expected, 6);
        const early = doseDeliveredUpTo(records, minutes(Math.min(probe, t)));
        expect(early).toBeLessThanOrEqual(expected + 1e-9);
        expect(doseDeliveredUpTo(records, minutes(Math.min(probe, t) + 1))).toBeGreaterThanOrEqual(early);
      }),
    );
  });
});
