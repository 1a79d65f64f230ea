import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Grade, SIDE_EFFECT_IDS } from "../catalogue/types";
import { mgPerHour } from "../units";
import { evaluate } from "./evaluate";
import { initialMonitoringState } from "./state";
import { configureMonitoring, type MonitoringConfig } from "./thresholds";
import type { Baseline, Evaluation, MonitoringEvent, VitalInput } from "./types";

const T0 = Date.UTC(2026, 5, 1, 8, 0, 0);

const vital = (min: number, max: number): fc.Arbitrary<VitalInput> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max }) },
    {
      weight: 1,
      arbitrary: fc.record({
        value: fc.double({ min, max, noNaN: true }),
        unit: fc.constantFrom("kPa", "%", "1", "/min", "bpm", "mm[Hg]"),
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -5, 1e6) },
  );

/** An event without its time; times are laid down in increasing order (with some late entries) below. */
const eventBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant("vitals" as const),
      source: fc.constantFrom("monitor", "manual", "tablet"),
      values: fc.record(
        {
          hr: vital(30, 190),
          sbp: vital(70, 230),
          dbp: vital(40, 130),
          spo2: vital(60, 100),
          rr: vital(4, 30),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("score" as const),
      scale: fc.constantFrom("moaas" as const, "rass" as const, "cadss6" as const),
      value: fc.integer({ min: -6, max: 25 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("side-effect" as const),
      sideEffectId: fc.constantFrom(...SIDE_EFFECT_IDS),
      grade: fc.integer({ min: 1, max: 5 }).map((g) => g as Grade),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("side-effect-resolved" as const),
      sideEffectId: fc.constantFrom(...SIDE_EFFECT_IDS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("infusion" as const),
      status: fc.constantFrom(
        "not-started" as const,
        "infusing" as const,
        "paused" as const,
        "stopped" as const,
      ),
      rate: fc.integer({ min: 0, max: 60 }).map((r) => mgPerHour(r)),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant("tick" as const) }) },
);

const timedEvents = fc.array(
  fc.record({
    gapSeconds: fc.integer({ min: 0, max: 150 }),
    lateSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })),
    body: eventBody,
  }),
  { maxLength: 60 },
);

const baseline: fc.Arbitrary<Baseline> = fc.record(
  {
    hr: fc.integer({ min: 45, max: 120 }),
    sbp: fc.integer({ min: 95, max: 185 }),
    dbp: fc.integer({ min: 55, max: 110 }),
    spo2: fc.integer({ min: 90, max: 100 }),
    rr: fc.integer({ min: 8, max: 24 }),
  },
  { requiredKeys: [] },
);

const config = fc.record({
  "timing.clear-hold": fc.integer({ min: 0, max: 300 }),
  "timing.confirm": fc.integer({ min: 0, max: 90 }),
  "timing.no-vitals": fc.integer({ min: 10, max: 300 }),
});

interface Step {
  readonly now: number;
  readonly result: Evaluation;
}

function run(
  base: Baseline,
  events: readonly { gapSeconds: number; lateSeconds: number; body: object }[],
  cfg: MonitoringConfig,
): Step[] {
  let state = initialMonitoringState(base);
  let now = T0;
  const steps: Step[] = [];
  for (const e of events) {
    now += e.gapSeconds * 1000;
    const event = { ...e.body, at: now - e.lateSeconds * 1000 } as MonitoringEvent;
    const result = evaluate(state, event, now, cfg);
    state = result.state;
    steps.push({ now, result });
  }
  return steps;
}

describe("evaluate (properties)", () => {
  it("is deterministic: the same inputs give the same outputs", () => {
    fc.assert(
      fc.property(baseline, timedEvents, config, (b, events, c) => {
        const cfg = configureMonitoring(c);
        expect(run(b, events, cfg)).toEqual(run(b, events, cfg));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws, and never shows two alerts with the same key", () => {
    fc.assert(
      fc.property(baseline, timedEvents, config, (b, events, c) => {
        for (const { result } of run(b, events, configureMonitoring(c))) {
          const keys = result.alerts.map((a) => a.key);
          expect(new Set(keys).size).toBe(keys.length);
          for (const r of result.resolved) expect(keys).not.toContain(r.key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never clears an alert before its condition has been gone for the hold time", () => {
    fc.assert(
      fc.property(baseline, timedEvents, config, (b, events, c) => {
        const cfg = configureMonitoring(c);
        const holdMs = cfg["timing.clear-hold"] * 1000;
        const lastPresent = new Map<string, number>();
        for (const { now, result } of run(b, events, cfg)) {
          for (const r of result.resolved) {
            const seen = lastPresent.get(r.key);
            expect(seen).toBeDefined();
            expect(now - seen!).toBeGreaterThanOrEqual(holdMs);
            expect(now - r.clearingSince!).toBeGreaterThanOrEqual(holdMs);
            lastPresent.delete(r.key);
          }
          for (const a of result.alerts) if (a.clearingSince === undefined) lastPresent.set(a.key, now);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never lowers a confirmed alert's priority while it is active", () => {
    const rank = { low: 0, medium: 1, high: 2 } as const;
    fc.assert(
      fc.property(baseline, timedEvents, (b, events) => {
        const shown = new Map<string, number>();
        for (const { result } of run(b, events, configureMonitoring({}))) {
          for (const r of result.resolved) shown.delete(r.key);
          for (const a of result.alerts) {
            if (a.suppressedAsArtefact) continue;
            expect(rank[a.priority]).toBeGreaterThanOrEqual(shown.get(a.key) ?? 0);
            shown.set(a.key, rank[a.priority]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
