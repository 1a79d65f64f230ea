/**
 * The time as the server sees it: the board and the live stream say what the server's clock reads, so
 * overdue checks and elapsed times agree with the server even if the tablet's clock is off.
 */
import { useEffect, useState } from "react";

let offsetMs = 0;

/** Remembers the server's clock reading taken just now. */
export function syncServerClock(serverNow: number): void {
  offsetMs = serverNow - Date.now();
}

export const serverNow = (): number => Date.now() + offsetMs;

/** The server's time, re-read every `everyMs` so due and overdue markers move on their own. */
export function useServerNow(everyMs = 10_000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * A local wall-clock time today (HH:MM) as an ISO instant, for "given at" fields; undefined when empty
 * (the entry then takes the moment it is saved). A time later than now is taken as yesterday's.
 */
export function atLocalTime(hhmm: string, now: Date): string | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return undefined;
  const at = new Date(now);
  at.setHours(Number(match[1]), Number(match[2]), 0, 0);
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
  return at.toISOString();
}
