import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { sql } from "kysely";
import type { Executor } from "./db";

/** Arbitrary constant naming the migration lock in pg_advisory_lock's key space. */
const MIGRATION_LOCK_KEY = 4_271_001;
const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);
const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** The numbered migration files shipped with the code, in order. */
export async function migrationFiles(dir: URL = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((f) => FILE_PATTERN.test(f)).sort();
  return Promise.all(
    names.map(async (file) => {
      const [, version, name] = FILE_PATTERN.exec(file)!;
      const text = await readFile(new URL(file, dir), "utf8");
      return {
        version: Number(version),
        name: name!,
        sql: text,
        checksum: createHash("sha256").update(text).digest("hex"),
      };
    }),
  );
}

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own transaction, while holding
 * a session-level advisory lock: several app instances starting at once apply each migration exactly once.
 * Re-running is a no-op. Fails if an applied migration's file has changed since.
 *
 * @returns the versions applied by this call.
 * @example
 * const applied = await migrate(db); // [1] on an empty database, [] afterwards
 */
export async function migrate(db: Executor, dir: URL = MIGRATIONS_DIR): Promise<number[]> {
  const files = await migrationFiles(dir);
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const applied = new Map(
        (await conn.selectFrom("schemaMigrations").select(["version", "checksum"]).execute()).map((r) => [
          r.version,
          r.checksum,
        ]),
      );
      const done: number[] = [];
      for (const file of files) {
        const checksum = applied.get(file.version);
        if (checksum !== undefined) {
          if (checksum !== file.checksum) {
            throw new Error(`migration ${file.version} (${file.name}) was changed after it was applied`);
          }
          continue;
        }
        await conn.transaction().execute(async (trx) => {
          await sql.raw(file.sql).execute(trx);
          await trx
            .insertInto("schemaMigrations")
            .values({
              version: file.version,
              name: file.name,
              checksum: file.checksum,
              appliedAt: new Date(),
            })
            .execute();
        });
        done.push(file.version);
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}
