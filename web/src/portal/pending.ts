/**
 * Reports the clinic has not confirmed yet, kept in this browser so closing the page does not lose them.
 * Each keeps its client id, so sending it again later is stored once.
 */

import type { NewReport } from "../api/portal";
import type { StorageLike } from "../chair/outbox";

export interface PendingReport {
  /** The account that wrote it: only that account sends it. */
  readonly userId: string;
  readonly savedAt: number;
  readonly report: NewReport;
}

export const PENDING_KEY = "ketaguard.portal.pending-reports";

function load(storage: StorageLike): PendingReport[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PENDING_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as PendingReport[]) : [];
  } catch {
    return [];
  }
}

/** This account's unconfirmed reports, oldest first. */
export const pendingFor = (storage: StorageLike, userId: string): PendingReport[] =>
  load(storage).filter((p) => p.userId === userId);

/** Keeps a report until the clinic confirms it (a second save of the same client id replaces the first). */
export function keepPending(storage: StorageLike, pending: PendingReport): void {
  const others = load(storage).filter((p) => p.report.clientId !== pending.report.clientId);
  storage.setItem(PENDING_KEY, JSON.stringify([...others, pending]));
}

/** Forgets a report: the clinic has it, or refused it and the patient is shown why. */
export function dropPending(storage: StorageLike, clientId: string): void {
  storage.setItem(PENDING_KEY, JSON.stringify(load(storage).filter((p) => p.report.clientId !== clientId)));
}
