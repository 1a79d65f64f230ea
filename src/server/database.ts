import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import { type DB, openDatabase, pingDatabase } from "../store/db";
import type { EmbeddedPostgresHandle } from "../store/embedded";
import type { ServerConfig } from "./config";

/** A reason the server cannot start, stated in one line (shown without a stack). */
export class StartupError extends Error {
  override name = "StartupError";
}

interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface Database {
  readonly db: Kysely<DB>;
  /** The connection URL (with credentials): for connections outside the pool, such as LISTEN. */
  readonly url: string;
  /**
   * True when the embedded server was already running (a server left behind, or one in use by a running
   * instance): one-off commands and failed starts must then leave it running.
   */
  readonly reusedEmbedded: boolean;
  /** Closes the pool and, when asked, stops the embedded server (if one is used). */
  close(opts: { readonly stopEmbedded: boolean }): Promise<void>;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!.trim() || (err as { code?: string }).code || "unknown error";
}

/** Where a URL points, without its credentials. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

async function ensureWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${randomUUID()}`);
    await writeFile(probe, "");
    await rm(probe);
  } catch (err) {
    const code = (err as { code?: string }).code ?? firstLine(err);
    throw new StartupError(
      `the data directory ${path.resolve(dir)} is not writable (${code}); set DATA_DIR to a writable folder`,
    );
  }
}

/**
 * Connects to DATABASE_URL, or starts (or reuses) the embedded PostgreSQL under DATA_DIR, and checks that
 * the database answers.
 */
export async function connectDatabase(
  config: Pick<ServerConfig, "databaseUrl" | "dataDir">,
  logger: Logger,
): Promise<Database> {
  let url = config.databaseUrl;
  let embedded: EmbeddedPostgresHandle | null = null;
  if (!url) {
    await ensureWritable(config.dataDir);
    try {
      // Loaded only when needed: with DATABASE_URL set, the package of PostgreSQL binaries is never touched.
      const { startEmbeddedPostgres } = await import("../store/embedded");
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, logger });
    } catch (err) {
      throw new StartupError(`the embedded PostgreSQL did not start: ${firstLine(err)}`);
    }
    url = embedded.url;
  }
  // Monitor batches, boards, the audit writer and the follow-up sweep share the pool: room for all of them.
  const db = openDatabase(url, { poolSize: 20 });
  const database: Database = {
    db,
    url,
    reusedEmbedded: embedded?.reused ?? false,
    close: async ({ stopEmbedded }) => {
      await db.destroy();
      if (stopEmbedded) await embedded?.stop();
    },
  };
  try {
    await pingDatabase(db);
  } catch (err) {
    await database.close({ stopEmbedded: !database.reusedEmbedded });
    throw new StartupError(`cannot reach the database at ${describeDatabase(url)}: ${firstLine(err)}`);
  }
  return database;
}
