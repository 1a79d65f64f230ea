/**
 * Whether the server has turned the session away (401) while a signed-in page is open. The page stays
 * mounted, so whatever is typed into a form survives, and a dialog asks for the password again.
 */
import { useSyncExternalStore } from "react";

let expired = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (expired === value) return;
  expired = value;
  for (const listener of listeners) listener();
}

/** Records that the server answered 401 to a request made from a signed-in page. */
export function markSessionExpired(): void {
  set(true);
}

/** Clears the mark once the user has signed in again (or left for the sign-in page). */
export function clearSessionExpired(): void {
  set(false);
}

/** The current mark, outside React. */
export function isSessionExpired(): boolean {
  return expired;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The mark as React state: components re-render when the session expires or is renewed. */
export function useSessionExpired(): boolean {
  return useSyncExternalStore(subscribe, isSessionExpired);
}
