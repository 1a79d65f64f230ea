import { describe, expect, it } from "vitest";
import { confirmationValid, dosingWeight, isStale } from "./weight";

describe("dosing weight", () => {
  const now = new Date("2026-03-02T08:00:00.000Z");

  it("takes the more recent of the record's weight and the evaluation's", () => {
    const record = { kg: 64, measuredOn: "2026-01-12" };
    expect(dosingWeight(record, { weightKg: 66, measuredAt: "2026-02-20T10:00:00Z" })).toEqual({
      weightKg: 66,
      measuredOn: "2026-02-20",
    });
    expect(dosingWeight(record, { weightKg: 66, measuredAt: "2025-12-01T10:00:00Z" })).toEqual({
      weightKg: 64,
      measuredOn: "2026-01-12",
    });
    expect(dosingWeight(null, null)).toBeNull();
  });

  it("is stale after 30 days, counted in calendar days", () => {
    expect(isStale("2026-01-31", now)).toBe(false);
    expect(isStale("2026-01-30", now)).toBe(true);
    expect(isStale("2026-02-20", now, 7)).toBe(true);
  });

  it("accepts a re-confirmation made recently, not one from the future or long ago", () => {
    expect(confirmationValid(undefined, now)).toBe(false);
    expect(confirmationValid("2026-03-02T07:59:00.000Z", now)).toBe(true);
    expect(confirmationValid("2026-03-02T09:00:00.000Z", now)).toBe(false);
    expect(confirmationValid("2026-01-15T08:00:00.000Z", now)).toBe(false);
  });
});
