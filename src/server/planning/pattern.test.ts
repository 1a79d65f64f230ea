import { describe, expect, it } from "vitest";
import { nextStarts, patternStartProblem } from "./pattern";

const days = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

describe("session patterns", () => {
  /** Friday 6 March 2026, 09:00 UTC. */
  const friday = new Date("2026-03-06T09:00:00.000Z");
  const monday = new Date("2026-03-09T09:00:00.000Z");

  it("daily: every calendar day, weekends included", () => {
    expect(days(nextStarts(friday, "daily", 4, null))).toEqual([
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
    ]);
  });

  it("weekdays: Monday to Friday, skipping the weekend", () => {
    expect(days(nextStarts(friday, "weekdays", 4, null))).toEqual([
      "2026-03-06",
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
    ]);
    expect(patternStartProblem(new Date("2026-03-07T09:00:00.000Z"), "weekdays")).toMatch(/weekday/);
    expect(patternStartProblem(new Date("2026-03-07T09:00:00.000Z"), "daily")).toBeNull();
  });

  it("twice weekly: Monday and Thursday from a Monday; weekly: same weekday", () => {
    expect(days(nextStarts(monday, "twice-weekly", 5, null))).toEqual([
      "2026-03-09",
      "2026-03-12",
      "2026-03-16",
      "2026-03-19",
      "2026-03-23",
    ]);
    expect(days(nextStarts(monday, "weekly", 3, null))).toEqual(["2026-03-09", "2026-03-16", "2026-03-23"]);
  });

  it("keeps the time of day and continues after the last kept session", () => {
    const after = new Date("2026-03-12T09:00:00.000Z");
    const next = nextStarts(monday, "twice-weekly", 2, after);
    expect(next.map((d) => d.toISOString())).toEqual([
      "2026-03-16T09:00:00.000Z",
      "2026-03-19T09:00:00.000Z",
    ]);
    expect(nextStarts(monday, "daily", 0, null)).toEqual([]);
  });
});
