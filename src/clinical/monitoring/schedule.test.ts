import { describe, expect, it } from "vitest";
import { checksDue } from "./schedule";
import type { MonitoringEvent } from "./types";

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const min = (m: number) => START + m * 60_000;
const fullVitals = (m: number): MonitoringEvent => ({
  type: "vitals",
  at: min(m),
  source: "monitor",
  values: { hr: 70, sbp: 120, dbp: 80, spo2: 98, rr: 14 },
});
const sedation = (m: number): MonitoringEvent => ({ type: "score", at: min(m), scale: "moaas", value: 5 });
const cadss = (m: number): MonitoringEvent => ({ type: "score", at: min(m), scale: "cadss6", value: 0 });

const kinds = (checks: readonly { kind: string; dueAt: number }[]) =>
  checks.map((c) => `${c.kind}@${(c.dueAt - START) / 60_000}`).sort();

describe("checksDue", () => {
  it("asks for the pre-infusion set at the start", () => {
    const r = checksDue(START, [], START);
    expect(kinds(r.due)).toEqual(["dissociation@0", "sedation@0", "vitals@0"]);
    expect(kinds(r.upcoming)).toEqual(["bp-40min@40", "dissociation@15", "sedation@15", "vitals@15"]);
  });

  it("marks a check overdue after 5 minutes and clears it once charted", () => {
    const events = [fullVitals(-2), sedation(0), cadss(0)];
    expect(kinds(checksDue(START, events, min(19)).due)).toEqual([
      "dissociation@15",
      "sedation@15",
      "vitals@15",
    ]);
    expect(kinds(checksDue(START, events, min(20)).overdue)).toEqual([
      "dissociation@15",
      "sedation@15",
      "vitals@15",
    ]);
    const charted = [...events, fullVitals(21), sedation(21), cadss(21)];
    const r = checksDue(START, charted, min(22));
    expect(r.due).toEqual([]);
    expect(r.overdue).toEqual([]);
  });

  it("needs every vital sign for a vitals check, but only a BP for the 40-minute check", () => {
    const partial: MonitoringEvent = {
      type: "vitals",
      at: min(40),
      source: "manual",
      values: { sbp: 130, dbp: 82 },
    };
    const r = checksDue(START, [partial], min(46));
    expect(kinds(r.due)).toContain("vitals@45");
    expect(kinds([...r.due, ...r.overdue])).not.toContain("bp-40min@40");
    expect(kinds(checksDue(START, [], min(46)).overdue)).toContain("bp-40min@40");
  });

  it("does not let one early reading count for two checks", () => {
    // A set at 14 min is within 5 minutes of the 15-minute check, so it belongs to that one, not to 0.
    const r = checksDue(START, [fullVitals(14)], min(16));
    expect(kinds(r.overdue)).toContain("vitals@0");
    expect(kinds(r.due)).not.toContain("vitals@15");
  });

  it("moves to 30-minute then hourly checks", () => {
    const r = checksDue(START, [], min(200));
    const vitalsDue = [...r.due, ...r.overdue]
      .filter((c) => c.kind === "vitals")
      .map((c) => (c.dueAt - START) / 60_000);
    expect(vitalsDue).toEqual([0, 15, 30, 45, 60, 90, 120, 150, 180]);
    expect(kinds(r.upcoming.filter((c) => c.kind === "vitals"))).toEqual(["vitals@240"]);
  });
});
