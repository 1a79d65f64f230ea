/**
 * Live changes between app instances on one PostgreSQL (chart entries, worklist items): a write sends NOTIFY in
 * its transaction (delivered at commit), and every instance LISTENs, so a board connected to one instance sees
 * what was written through another. Without a database URL (some tests) the instance only hears itself.
 */

import { sql } from "kysely";
import pg from "pg";
import type { Executor } from "../../store/db";

const CHANNEL = "ketaguard_chart";

export interface ChartNotice {
  readonly kind: "chart";
  readonly clinicId: string;
  readonly sessionIds: readonly string[];
  /** The instance that wrote: it has already handled the change. */
  readonly origin: string;
}

/** A follow-up worklist item was opened or had a call recorded. */
export interface WorklistNotice {
  readonly kind: "worklist";
  readonly clinicId: string;
  readonly itemId: string;
  readonly change: "opened" | "call";
  readonly origin: string;
}

export type LiveNotice = ChartNotice | WorklistNotice;

/** Queues the notice in the caller's transaction (delivered when it commits). */
export async function notifyLive(trx: Executor, notice: LiveNotice): Promise<void> {
  await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(notice)})`.execute(trx);
}

export interface ChartListener {
  close(): Promise<void>;
}

/** Listens for notices from other instances, reconnecting with backoff when the connection drops. */
export function listenForChanges(
  url: string,
  origin: string,
  onNotice: (n: LiveNotice) => void,
  log: { warn(obj: object, msg: string): void },
): ChartListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 500;
  let timer: NodeJS.Timeout | null = null;

  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on("notification", (msg) => {
      if (!msg.payload) return;
      const notice = JSON.parse(msg.payload) as LiveNotice;
      if (notice.origin !== origin) onNotice(notice);
    });
    c.on("error", (err) => {
      log.warn({ err: err.message }, "chart listener connection lost; reconnecting");
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      retryMs = 500;
    } catch (err) {
      log.warn({ err: (err as Error).message }, "chart listener could not connect; retrying");
      retry();
    }
  };
  const retry = () => {
    const c = client;
    client = null;
    c?.end().catch(() => {});
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, 10_000);
  };
  void connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
