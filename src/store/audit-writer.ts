import { type AuditEntry, type AuditEvent, appendAuditBatch, routeStandaloneAppends } from "./audit";
import type { Executor } from "./db";

/** Most entries committed together: keeps one insert well under PostgreSQL's 65,535 bind parameters. */
const MAX_BATCH = 1000;

export interface AuditWriter {
  /** Queues the event; resolves with its entry once committed, rejects if its batch did not commit. */
  append(event: AuditEvent): Promise<AuditEntry>;
  /** Stops taking appends (later `appendAudit(db, …)` calls use a transaction each) and waits for the queue. */
  close(): Promise<void>;
}

interface Waiter {
  readonly event: AuditEvent;
  readonly resolve: (entry: AuditEntry) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Opens a group-commit writer for standalone audit appends on `db` and routes `appendAudit(db, …)` to it.
 * Whatever is queued when the writer is free is committed at once, in one transaction under the chain's lock;
 * appends arriving meanwhile wait for the next commit, so batches grow with load and an idle writer adds no
 * delay. Every waiter of a batch is answered only after its commit: all with their entries, or all with the
 * error. Close it before closing the database.
 *
 * @example
 * const writer = openAuditWriter(db);
 * await appendAudit(db, event); // committed with whatever else was queued
 * await writer.close();
 */
export function openAuditWriter(db: Executor): AuditWriter {
  let queue: Waiter[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  async function commit(batch: readonly Waiter[]): Promise<void> {
    try {
      const events = batch.map((w) => w.event);
      const entries = await db.transaction().execute((trx) => appendAuditBatch(trx, events));
      for (const [i, w] of batch.entries()) w.resolve(entries[i]!);
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  async function flush(): Promise<void> {
    // One turn of the event loop's microtasks: appends made in the same tick share the first commit.
    await Promise.resolve();
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      await commit(batch);
    }
    // Cleared in the same step as the empty-queue check, so an append arriving now starts a new flush.
    flushing = null;
  }

  const append = (event: AuditEvent): Promise<AuditEntry> => {
    if (closed) return Promise.reject(new Error("the audit writer is closed"));
    return new Promise<AuditEntry>((resolve, reject) => {
      queue.push({ event, resolve, reject });
      flushing ??= flush();
    });
  };

  const unroute = routeStandaloneAppends(db, append);
  return {
    append,
    async close() {
      closed = true;
      unroute();
      await flushing;
    },
  };
}
