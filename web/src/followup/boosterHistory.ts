/** Past booster bookings in words: when, which pattern, how many sessions, by whom, and why limits were exceeded. */
import { BOOSTER_PATTERNS } from "../../../src/clinical/followup/boosters";
import type { BoosterBookingJson } from "../api/followup";
import { who } from "../chair/words";
import { formatDateTime } from "../format";

export interface BookingLine {
  id: string;
  /** e.g. "7 Jan 2030, 09:00 · Doubling taper · 3 sessions · by Paula Physician (you)" */
  summary: string;
  /** The physician's reason per exceeded soft limit, by limit id (sorted, so the order is stable). */
  reasons: { limitId: string; reason: string }[];
}

/** A booking as listed under the booster form, newest first, with the booking physician's name. */
export function bookingLines(
  bookings: readonly BoosterBookingJson[],
  me: { id: string; name: string },
): BookingLine[] {
  return [...bookings]
    .sort((a, b) => b.bookedAt - a.bookedAt)
    .map((b) => {
      const pattern = BOOSTER_PATTERNS.find((p) => p.id === b.patternId)?.label ?? b.patternId;
      const n = b.sessionIds.length;
      return {
        id: b.id,
        summary: `${formatDateTime(new Date(b.bookedAt).toISOString())} · ${pattern} · ${n} ${n === 1 ? "session" : "sessions"} · by ${who(b.bookedBy, me, [{ id: b.bookedBy, name: b.bookedByName }])}`,
        reasons: Object.entries(b.overrideReasons)
          .sort(([a], [c]) => (a < c ? -1 : 1))
          .map(([limitId, reason]) => ({ limitId, reason })),
      };
    });
}
