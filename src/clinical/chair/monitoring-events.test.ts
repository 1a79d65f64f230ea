import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Chart, minute } from "./fixtures";
import { foldMonitoring, monitoringEvents } from "./monitoring-events";

describe("monitoringEvents", () => {
  it("keeps the source of a reading and maps scores, side effects and the infusion", () => {
    const c = new Chart();
    const v = c.add(
      minute(1),
      { kind: "vitals", hr: 80, spo2: 97 },
      { source: "monitor-bay-3", recordedBy: null },
    );
    expect(monitoringEvents(v)).toEqual([
      { type: "vitals", at: minute(1), source: "monitor-bay-3", values: { hr: 80, spo2: 97 } },
    ]);
    expect(monitoringEvents(c.add(minute(2), { kind: "score", scale: "rass", value: -1 }))).toEqual([
      { type: "score", at: minute(2), scale: "rass", value: -1 },
    ]);
    expect(monitoringEvents(c.add(minute(2), { kind: "score", scale: "aldrete", value: 9 }))).toEqual([]);
    expect(monitoringEvents(c.add(minute(3), { kind: "pause", reason: "r" }))).toEqual([
      { type: "infusion", at: minute(3), status: "paused" },
    ]);
    expect(monitoringEvents(c.add(minute(4), { kind: "resume", rateMgPerHour: 12 }))).toEqual([
      { type: "infusion", at: minute(4), status: "infusing", rate: 12 },
    ]);
    expect(
      monitoringEvents(c.add(minute(5), { kind: "side-effect-resolved", sideEffectId: "nausea" })),
    ).toEqual([{ type: "side-effect-resolved", at: minute(5), sideEffectId: "nausea" }]);
    expect(monitoringEvents(c.add(minute(5), { kind: "escort", present: true }))).toEqual([]);
  });
});

describe("foldMonitoring", () => {
  it("takes the baseline from the latest baseline reading before the start", () => {
    const c = new Chart();
    c.add(minute(-20), { kind: "vitals", baseline: true, hr: 90, sbp: 150, dbp: 90, spo2: 97, rr: 16 });
    c.add(minute(-10), { kind: "vitals", baseline: true, hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 });
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
    c.add(minute(5), { kind: "vitals", baseline: true, hr: 100, sbp: 170, dbp: 100, spo2: 98, rr: 14 });
    expect(foldMonitoring(null, c.entries).state.baseline).toEqual({
      hr: 72,
      sbp: 124,
      dbp: 78,
      spo2: 98,
      rr: 14,
    });
  });

  it("reports what each batch raised, escalated and cleared", () => {
    const c = new Chart();
    const reading = (m: number) =>
      c.add(minute(m), { kind: "vitals", hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 });
    c.add(minute(-1), { kind: "vitals", baseline: true, hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 });
    c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
    let fold = foldMonitoring(null, c.entries);
    expect(fold.alerts).toEqual([]);
    fold = foldMonitoring(fold, [
      reading(1),
      c.add(minute(1), { kind: "side-effect", sideEffectId: "vomiting", grade: 1 }),
    ]);
    expect(fold.raised.map((a) => a.key)).toEqual(["side-effect:vomiting"]);
    fold = foldMonitoring(fold, [
      reading(2),
      c.add(minute(2), { kind: "side-effect", sideEffectId: "vomiting", grade: 3 }),
    ]);
    expect(fold.raised).toEqual([]);
    expect(fold.escalated.map((a) => a.key)).toEqual(["side-effect:vomiting"]);
    fold = foldMonitoring(fold, [
      reading(3),
      c.add(minute(3), { kind: "side-effect-resolved", sideEffectId: "vomiting" }),
    ]);
    expect(fold.cleared).toEqual([]);
    fold = foldMonitoring(fold, [reading(4)]);
    expect(fold.cleared.map((a) => a.key)).toEqual(["side-effect:vomiting"]);
    expect(fold.alerts).toEqual([]);
  });

  it("skips entries it has already applied", () => {
    const c = new Chart();
    c.add(minute(1), { kind: "side-effect", sideEffectId: "vomiting", grade: 1 });
    const once = foldMonitoring(null, c.entries);
    expect(foldMonitoring(once, c.entries).state).toBe(once.state);
    expect(once.lastSeq).toBe(1);
  });

  it("one entry at a time gives the same state as a rebuild from all of them", () => {
    const reading = fc.record({
      dtSec: fc.integer({ min: 1, max: 120 }),
      lagSec: fc.integer({ min: 0, max: 30 }),
      hr: fc.integer({ min: 30, max: 190 }),
      sbp: fc.integer({ min: 70, max: 230 }),
      spo2: fc.integer({ min: 80, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(reading, { minLength: 1, maxLength: 40 }), (readings) => {
        const c = new Chart();
        c.add(minute(-1), { kind: "vitals", baseline: true, hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 });
        c.add(minute(0), { kind: "infusion-start", rateMgPerHour: 20 });
        let t = minute(0);
        for (const r of readings) {
          t += r.dtSec * 1000;
          c.add(
            t,
            { kind: "vitals", hr: r.hr, sbp: r.sbp, spo2: r.spo2 },
            { recordedAt: t + r.lagSec * 1000, source: "m1" },
          );
        }
        let live = foldMonitoring(null, []);
        for (const e of c.entries) live = foldMonitoring(live, [e]);
        expect(live.state).toEqual(foldMonitoring(null, c.entries).state);
      }),
      { numRuns: 50 },
    );
  });
});
