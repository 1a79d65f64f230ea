import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_SCHEDULES, CHECK_WINDOW, checksDue } from "./schedule";
import { type MonitoringEvent, VITAL_SIGNS } from "./types";

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const MINUTE = 60_000;

/** The definition of a met check read literally: every event in the window, in any order. */
function metLiterally(kind: string, events: readonly MonitoringEvent[], from: number, to: number): boolean {
  const inWindow = events.filter((e) => e.at >= from && e.at < to);
  if (kind === "vitals") {
    const seen = new Set(inWindow.flatMap((e) => (e.type === "vitals" ? Object.keys(e.values) : [])));
    return VITAL_SIGNS.every((s) => seen.has(s));
  }
  if (kind === "bp-40min") return inWindow.some((e) => e.type === "vitals" && e.values.sbp !== undefined);
  if (kind === "sedation")
    return inWindow.some((e) => e.type === "score" && (e.scale === "moaas" || e.scale === "rass"));
  return inWindow.some((e) => e.type === "score" && e.scale === "cadss6");
}

const event: fc.Arbitrary<MonitoringEvent> = fc.oneof(
  fc.record({
    type: fc.constant("vitals" as const),
    at: fc.integer({ min: START - 10 * MINUTE, max: START + 300 * MINUTE }),
    source: fc.constant("m"),
    values: fc.subarray([...VITAL_SIGNS]).map((signs) => Object.fromEntries(signs.map((s) => [s, 80]))),
  }),
  fc.record({
    type: fc.constant("score" as const),
    at: fc.integer({ min: START - 10 * MINUTE, max: START + 300 * MINUTE }),
    scale: fc.constantFrom("moaas" as const, "rass" as const, "cadss6" as const),
    value: fc.constant(0),
  }),
);

/** Due times of a schedule in minutes from the start, up to `untilMin` and one past it. */
function dueMinutes(s: (typeof CHECK_SCHEDULES)[number], untilMin: number): number[] {
  const times = [...s.offsetsMinutes];
  while (s.thenEveryMinutes !== null && times[times.length - 1]! <= untilMin) {
    times.push(times[times.length - 1]! + s.thenEveryMinutes);
  }
  return times;
}

describe("checksDue", () => {
  it("lists exactly the past checks whose window holds no qualifying charting, whatever the event order", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 0, max: 300 }), (events, nowMin) => {
        const now = START + nowMin * MINUTE;
        const r = checksDue(START, events, now);
        const listed = new Set([...r.due, ...r.overdue].map((c) => `${c.scheduleId}@${c.dueAt}`));
        const early = CHECK_WINDOW.earlyMinutes * MINUTE;
        for (const s of CHECK_SCHEDULES) {
          const times = dueMinutes(s, nowMin).map((m) => START + m * MINUTE);
          times.forEach((dueAt, i) => {
            if (dueAt > now) return;
            const end = i + 1 < times.length ? times[i + 1]! - early : Number.POSITIVE_INFINITY;
            const met = metLiterally(s.kind, events, dueAt - early, end);
            expect(listed.has(`${s.id}@${dueAt}`), `${s.id} at ${(dueAt - START) / MINUTE} min`).toBe(!met);
          });
        }
      }),
    );
  });
});
