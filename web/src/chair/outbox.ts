/**
 * Chart entries waiting to reach the server. An entry is stored (in localStorage) the moment the user saves
 * it, with the client id that makes a resend safe: the server keeps one entry per client id, so an entry
 * whose answer was lost can be sent again without charting it twice. Entries go one at a time, oldest first;
 * a network failure or a server fault waits and tries again (with growing delays, and at once when the
 * browser comes back online); a refusal (4xx) stops that entry and keeps it, with the problem, until the
 * user discards it.
 */
import { ApiError, type Problem } from "../api/client";
import type { EntryRequest, EntryResult } from "../api/types";

export interface OutboxItem {
  readonly sessionId: string;
  /** The account that recorded it: only that account sends it, so nothing is charted under another name. */
  readonly userId: string;
  /** Words for the pending list, e.g. "Vital signs (HR 72 /min)". */
  readonly label: string;
  readonly request: EntryRequest;
  readonly attempts: number;
  /** The server's refusal; the entry is no longer sent. */
  readonly problem: Problem | null;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OutboxOptions {
  readonly storage: StorageLike;
  readonly send: (sessionId: string, request: EntryRequest) => Promise<EntryResult>;
  /** Told about every entry the server has stored. */
  readonly onSent?: (item: OutboxItem, result: EntryResult) => void;
  /** The session ended (401): entries wait until the user signs in again. */
  readonly onSignedOut?: () => void;
  readonly newId?: () => string;
  readonly now?: () => Date;
}

export const OUTBOX_KEY = "ketaguard.chair.outbox";

/** Delay before the nth retry: 1 s, 2 s, 4 s … at most 30 s. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));

/** Statuses that can pass by themselves: no answer, timeouts, rate limits, server faults, an ended session. */
const isTransient = (status: number): boolean =>
  status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;

function load(storage: StorageLike): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

function asProblem(error: unknown): Problem {
  if (error instanceof ApiError) {
    return {
      title: error.title,
      status: error.status,
      code: error.code,
      detail: error.detail,
      requestId: error.requestId,
      errors: error.fieldErrors,
    };
  }
  return { title: "The entry could not be sent", status: 0, code: "network", detail: String(error) };
}

export class Outbox {
  private items: readonly OutboxItem[];
  private userId: string | null = null;
  private sending = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: OutboxOptions) {
    this.items = load(options.storage);
  }

  /** The entries not yet stored by the server, oldest first (an unchanged array until something changes). */
  snapshot = (): readonly OutboxItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Who is signed in; only their entries are sent. Null pauses sending. */
  setUser(userId: string | null): void {
    // Every screen that charts sets the user; only a change may cut a retry's wait short.
    if (this.userId === userId) return;
    this.userId = userId;
    void this.flush();
  }

  /**
   * Stores an entry for sending and starts sending; returns its client id. `at` (when it happened) is
   * the moment of saving unless given, e.g. for a drug given a few minutes earlier.
   */
  record(
    sessionId: string,
    label: string,
    entry: Omit<EntryRequest, "clientId" | "at"> & { at?: string },
  ): string {
    if (!this.userId) throw new Error("No one is signed in to record the entry");
    const clientId = (this.options.newId ?? (() => crypto.randomUUID()))();
    const at = entry.at ?? (this.options.now ?? (() => new Date()))().toISOString();
    const request: EntryRequest = { clientId, ...entry, at };
    this.update([
      ...this.items,
      { sessionId, userId: this.userId, label, request, attempts: 0, problem: null },
    ]);
    void this.flush();
    return clientId;
  }

  /** Gives up on an entry (one the server refused, or one the user no longer wants sent). */
  discard(clientId: string): void {
    this.update(this.items.filter((i) => i.request.clientId !== clientId));
  }

  /** Sends every sendable entry in order; returns when each has been stored, refused or put off. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.clearTimer();
    this.sending = true;
    try {
      for (let item = this.nextSendable(); item; item = this.nextSendable()) {
        if (!(await this.sendOne(item))) return;
      }
    } finally {
      this.sending = false;
    }
  }

  private nextSendable(): OutboxItem | undefined {
    return this.items.find((i) => i.problem === null && i.userId === this.userId);
  }

  /** Sends one entry; false when sending must wait (the retry is scheduled). */
  private async sendOne(item: OutboxItem): Promise<boolean> {
    try {
      const result = await this.options.send(item.sessionId, item.request);
      this.update(this.items.filter((i) => i.request.clientId !== item.request.clientId));
      this.options.onSent?.(item, result);
      return true;
    } catch (error) {
      const problem = asProblem(error);
      const attempts = item.attempts + 1;
      const transient = isTransient(problem.status);
      this.replace(item.request.clientId, { ...item, attempts, problem: transient ? null : problem });
      if (!transient) return true;
      if (problem.status === 401) this.options.onSignedOut?.();
      this.timer = setTimeout(() => void this.flush(), retryDelayMs(attempts));
      return false;
    }
  }

  private replace(clientId: string, next: OutboxItem): void {
    this.update(this.items.map((i) => (i.request.clientId === clientId ? next : i)));
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(items: readonly OutboxItem[]): void {
    this.items = items;
    this.options.storage.setItem(OUTBOX_KEY, JSON.stringify(items));
    for (const listener of this.listeners) listener();
  }
}
