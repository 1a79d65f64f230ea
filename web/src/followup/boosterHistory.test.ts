import { describe, expect, it } from "vitest";
import type { BoosterBookingJson } from "../api/followup";
import { formatDateTime } from "../format";
import { bookingLines } from "./boosterHistory";

const me = { id: "11111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa", name: "Paula Physician" };
const colleague = "22222222-bbbb-4bbb-8bbb-bbbbbbbbbbbb";

const booking = (over: Partial<BoosterBookingJson>): BoosterBookingJson => ({
  id: "b1",
  planId: "plan-1",
  patternId: "fu.booster.doubling",
  sessionIds: ["s1", "s2", "s3"],
  overrideReasons: {},
  bookedAt: Date.UTC(2030, 0, 7, 9),
  bookedBy: me.id,
  bookedByName: me.name,
  ...over,
});

describe("booster bookings in words", () => {
  it("says when, which pattern, how many sessions and that the signed-in physician booked them", () => {
    const [line] = bookingLines([booking({})], me);
    expect(line?.summary).toBe(
      `${formatDateTime("2030-01-07T09:00:00.000Z")} · Doubling taper · 3 sessions · by Paula Physician (you)`,
    );
    expect(line?.reasons).toEqual([]);
  });

  it("names a colleague, one session in the singular, and an unknown pattern by its id", () => {
    const [line] = bookingLines(
      [
        booking({
          bookedBy: colleague,
          bookedByName: "Dr Omar Haddad",
          sessionIds: ["s1"],
          patternId: "fu.booster.retired",
        }),
      ],
      me,
    );
    expect(line?.summary).toMatch(/ · fu\.booster\.retired · 1 session · by Dr Omar Haddad$/);
  });

  it("lists the newest booking first with each exceeded limit's reason in a stable order", () => {
    const lines = bookingLines(
      [
        booking({ id: "older", bookedAt: Date.UTC(2030, 0, 7) }),
        booking({
          id: "newer",
          bookedAt: Date.UTC(2030, 2, 1),
          overrideReasons: {
            "limit.lifetime.soft": "Lasting relief",
            "limit.course.soft": "Agreed at review",
          },
        }),
      ],
      me,
    );
    expect(lines.map((l) => l.id)).toEqual(["newer", "older"]);
    expect(lines[0]?.reasons).toEqual([
      { limitId: "limit.course.soft", reason: "Agreed at review" },
      { limitId: "limit.lifetime.soft", reason: "Lasting relief" },
    ]);
  });
});
