import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Chart, minute, T0 } from "./fixtures";
import { doseDeliveredMg, expectedEndAt, infusionCourse, infusionView } from "./infusion";

const HOUR = 3_600_000;

describe("infusion course", () => {
  it("builds segments from start, rate change, pause, resume and stop", () => {
    const c = new Chart();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
    c.add(minute(30), { kind: "rate-change", rateMgPerHour: 10, reason: "dizzy" });
    c.add(minute(60), { kind: "pause", reason: "nausea" });
    c.add(minute(70), { kind: "resume", rateMgPerHour: 20 });
    c.add(minute(100), { kind: "stop", reason: "completed" });
    const course = infusionCourse(c.entries);
    expect(course.segments).toEqual([
      { from: minute(0), to: minute(30), rateMgPerHour: 20 },
      { from: minute(30), to: minute(60), rateMgPerHour: 10 },
      { from: minute(70), to: minute(100), rateMgPerHour: 20 },
    ]);
    const view = infusionView(course, 100, minute(200));
    expect(view.doseDeliveredMg).toBeCloseTo(10 + 5 + 10, 9);
    expect(view.elapsedMin).toBe(100);
    expect(view.stopReason).toBe("completed");
    expect(view.rateMgPerHour).toBe(0);
    expect(view.remainingMin).toBe(0);
  });

  it("passes over entries that do not fit the state (a resume while infusing, a second start)", () => {
    const c = new Chart();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
    c.add(minute(5), { kind: "resume", rateMgPerHour: 99 });
    c.add(minute(6), { kind: "infusion-start", rateMgPerHour: 99 });
    expect(infusionCourse(c.entries).segments).toEqual([{ from: minute(0), to: null, rateMgPerHour: 20 }]);
  });

  it("expects the end when the planned dose has run in at the current rate", () => {
    const c = new Chart();
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
    const course = infusionCourse(c.entries);
    expect(expectedEndAt(course, 100, minute(10))).toBe(minute(240));
    const view = infusionView(course, 100, minute(60));
    expect(view.remainingMin).toBeCloseTo(180, 9);
    expect(view.rateMgPerHour).toBe(25);
    expect(infusionView(infusionCourse([]), 100, minute(0)).expectedEndAt).toBeNull();
  });
});

const rate = fc.integer({ min: 1, max: 200 });
const gap = fc.integer({ min: 1, max: 120 }); // minutes
type Step = { kind: "rate" | "pause"; minutes: number; rate: number };
const steps = fc.array(
  fc.record({ kind: fc.constantFrom<"rate" | "pause">("rate", "pause"), minutes: gap, rate }),
  { maxLength: 8 },
);

/** A chart from a start rate and alternating steps; returns the chart and Σ rate × running time (mg). */
function chartOf(startRate: number, plan: readonly Step[]) {
  const c = new Chart();
  let t = T0;
  let running = startRate;
  let paused = false;
  let dose = 0;
  c.add(t, { kind: "infusion-start", rateMgPerHour: startRate });
  for (const s of plan) {
    if (!paused) dose += (running * s.minutes) / 60;
    t += s.minutes * 60_000;
    if (paused) {
      c.add(t, { kind: "resume", rateMgPerHour: s.rate });
      running = s.rate;
      paused = false;
    } else if (s.kind === "pause") {
      c.add(t, { kind: "pause", reason: "test" });
      paused = true;
    } else {
      c.add(t, { kind: "rate-change", rateMgPerHour: s.rate, reason: "test" });
      running = s.rate;
    }
  }
  return { c, t, dose, paused, running };
}

describe("infusion properties", () => {
  it("dose delivered is Σ rate × time and never negative", () => {
    fc.assert(
      fc.property(rate, steps, (r, plan) => {
        const { c, t, dose } = chartOf(r, plan);
        const course = infusionCourse(c.entries);
        const delivered = doseDeliveredMg(course, t);
        expect(delivered).toBeGreaterThanOrEqual(0);
        expect(delivered).toBeCloseTo(dose, 6);
        expect(doseDeliveredMg(course, T0 - HOUR)).toBe(0);
      }),
    );
  });

  it("a pause adds exactly its length to the expected end", () => {
    fc.assert(
      fc.property(rate, gap, gap, fc.integer({ min: 10, max: 500 }), (r, before, length, planned) => {
        const plain = new Chart();
        plain.add(T0, { kind: "infusion-start", rateMgPerHour: r });
        const paused = new Chart();
        paused.add(T0, { kind: "infusion-start", rateMgPerHour: r });
        paused.add(T0 + before * 60_000, { kind: "pause", reason: "test" });
        paused.add(T0 + (before + length) * 60_000, { kind: "resume", rateMgPerHour: r });
        const now = T0 + (before + length) * 60_000;
        const withPause = expectedEndAt(infusionCourse(paused.entries), planned, now)!;
        const without = expectedEndAt(infusionCourse(plain.entries), planned, T0)!;
        const endsBeforePause = without <= T0 + before * 60_000;
        expect(withPause).toBeCloseTo(endsBeforePause ? without : without + length * 60_000, 3);
      }),
    );
  });

  it("while paused, the expected end moves on with the time", () => {
    fc.assert(
      fc.property(rate, gap, gap, (r, before, waited) => {
        const c = new Chart();
        c.add(T0, { kind: "infusion-start", rateMgPerHour: r });
        c.add(T0 + before * 60_000, { kind: "pause", reason: "test" });
        const course = infusionCourse(c.entries);
        const planned = (r * (before + 60)) / 60; // an hour still to run
        const a = expectedEndAt(course, planned, T0 + before * 60_000)!;
        const b = expectedEndAt(course, planned, T0 + (before + waited) * 60_000)!;
        expect(b - a).toBeCloseTo(waited * 60_000, 3);
      }),
    );
  });
});
