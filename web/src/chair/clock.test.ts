import { describe, expect, it } from "vitest";
import { atLocalTime } from "./clock";

describe("atLocalTime", () => {
  const now = new Date(2026, 10, 25, 14, 30);

  it("reads a time earlier today", () => {
    expect(atLocalTime("14:05", now)).toBe(new Date(2026, 10, 25, 14, 5).toISOString());
  });

  it("takes a time later than now as yesterday's, and an empty field as none", () => {
    expect(atLocalTime("23:50", now)).toBe(new Date(2026, 10, 24, 23, 50).toISOString());
    expect(atLocalTime("", now)).toBeUndefined();
  });
});
