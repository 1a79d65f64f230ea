import { CamelCasePlugin, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema";

export type { DB } from "./schema";

/** A query executor: the database itself or a transaction. Repository functions take one explicitly. */
export type Executor = Kysely<DB>;

const DATE_OID = 1082;

/** Keep `date` columns as `YYYY-MM-DD` (pg's default turns them into local-midnight `Date`s). */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === DATE_OID) return (value: string) => value;
    return format ? pg.types.getTypeParser(oid, format) : pg.types.getTypeParser(oid);
  },
};

export interface OpenOptions {
  /** Maximum pooled connections (default 10). */
  readonly poolSize?: number;
}

/**
 * Opens a pooled, typed connection to PostgreSQL. Column names are snake_case in SQL and camelCase in
 * TypeScript. Nothing connects until the first query; close with `db.destroy()`.
 *
 * @example
 * const db = openDatabase(process.env.DATABASE_URL!);
 * await migrate(db);
 */
export function openDatabase(url: string, opts: OpenOptions = {}): Kysely<DB> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, types });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

/** Throws unless the database answers a trivial query: start-up and readiness checks use it. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
