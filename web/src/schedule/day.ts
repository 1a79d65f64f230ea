/** Laying out one day's sessions by chair and hour for the schedule grid. */
import type { Chair, ScheduledSession } from "../api/types";
import { todayIso } from "../format";

export interface ChairColumn {
  chair: Chair;
  sessions: ScheduledSession[];
}

/**
 * Sessions grouped under each chair (chairs in the order given, sessions by start time); a session on a
 * chair not in the list still gets a column so nothing booked is hidden.
 */
export function byChair(chairs: readonly Chair[], sessions: readonly ScheduledSession[]): ChairColumn[] {
  const columns = new Map<string, ChairColumn>(chairs.map((chair) => [chair.id, { chair, sessions: [] }]));
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    let column = columns.get(session.chair.id);
    if (!column) {
      column = { chair: session.chair, sessions: [] };
      columns.set(session.chair.id, column);
    }
    column.sessions.push(session);
  }
  return [...columns.values()];
}

/** `YYYY-MM-DD` in the reader's time zone, to pair with {@link localTime} in a form. */
export function localDate(iso: string): string {
  return todayIso(new Date(iso));
}

/** `HH:MM` in the reader's time zone, for a time field or a time label. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** The end of a session, as a local `HH:MM`. */
export function localEnd(session: Pick<ScheduledSession, "startsAt" | "durationMin">): string {
  return localTime(new Date(Date.parse(session.startsAt) + session.durationMin * 60_000).toISOString());
}

export type MoveTarget = { ok: true; startsAt: string } | { ok: false; errors: Record<string, string> };

/**
 * The instant a session is moved to, from a local date and time as typed, or the message for each field
 * left empty or impossible (a time field can be cleared, and `new Date` would then be invalid).
 *
 * @example moveTarget("2026-11-26", "").ok // false: { "/time": "Enter the start time." }
 */
export function moveTarget(date: string, time: string): MoveTarget {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors["/date"] = "Enter the date.";
  if (!/^\d{2}:\d{2}$/.test(time)) errors["/time"] = "Enter the start time.";
  const at = new Date(`${date}T${time}`);
  if (Object.keys(errors).length > 0 || Number.isNaN(at.getTime())) {
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { "/date": "Enter a real date." } };
  }
  return { ok: true, startsAt: at.toISOString() };
}
