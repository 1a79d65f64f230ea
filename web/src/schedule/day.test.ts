import { describe, expect, it } from "vitest";
import type { ScheduledSession } from "../api/types";
import { byChair, localDate, localEnd, localTime, moveTarget } from "./day";

const chair1 = { id: "c1", name: "Chair 1" };
const chair2 = { id: "c2", name: "Chair 2" };

function session(id: string, startsAt: string, chair = chair1): ScheduledSession {
  return {
    id,
    startsAt,
    durationMin: 240,
    chair,
    patient: { id: "p", mrn: "KG-1003", givenName: "Helen", familyName: "Achterberg" },
    planId: "plan",
    planVersion: 1,
    status: "scheduled",
    riskFlags: [],
  };
}

describe("schedule day view", () => {
  it("puts each session under its chair in time order, and keeps empty chairs", () => {
    const columns = byChair(
      [chair1, chair2],
      [session("late", "2026-11-26T13:00:00Z"), session("early", "2026-11-26T08:00:00Z")],
    );
    expect(columns.map((c) => c.chair.name)).toEqual(["Chair 1", "Chair 2"]);
    expect(columns[0]?.sessions.map((s) => s.id)).toEqual(["early", "late"]);
    expect(columns[1]?.sessions).toEqual([]);
  });

  it("shows a session booked on a chair missing from the list", () => {
    const columns = byChair([chair1], [session("s", "2026-11-26T08:00:00Z", chair2)]);
    expect(columns.map((c) => c.chair.name)).toEqual(["Chair 1", "Chair 2"]);
  });
});

describe("schedule times", () => {
  it("pairs a local date and time that read back as the same instant", () => {
    const iso = "2026-11-26T23:30:00.000Z";
    expect(new Date(`${localDate(iso)}T${localTime(iso)}`).toISOString()).toBe(iso);
  });

  it("ends a session its duration after it starts", () => {
    const start = "2026-11-26T09:00:00.000Z";
    expect(localEnd({ startsAt: start, durationMin: 240 })).toBe(localTime("2026-11-26T13:00:00.000Z"));
  });
});

describe("where a session is moved to", () => {
  it("is the typed local date and time as an instant", () => {
    const target = moveTarget("2026-11-26", "10:30");
    expect(target).toEqual({ ok: true, startsAt: new Date(2026, 10, 26, 10, 30).toISOString() });
  });

  it("names each field left empty instead of sending an invalid time", () => {
    expect(moveTarget("2026-11-26", "")).toEqual({ ok: false, errors: { "/time": "Enter the start time." } });
    expect(moveTarget("", "")).toEqual({
      ok: false,
      errors: { "/date": "Enter the date.", "/time": "Enter the start time." },
    });
  });

  it("refuses a date that does not exist", () => {
    expect(moveTarget("2026-13-45", "10:30")).toEqual({
      ok: false,
      errors: { "/date": "Enter a real date." },
    });
  });
});
