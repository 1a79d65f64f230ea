/** A clinic's settings as versions: setting a key adds its next version; the latest one is in force. */
import { sql } from "kysely";
import type { Executor } from "./db";

export interface Setting {
  readonly key: string;
  readonly version: number;
  readonly value: unknown;
  readonly setAt: Date;
  readonly setBy: string | null;
  readonly reason: string | null;
}

/** The version in force of every key the clinic has set. */
export async function currentSettings(db: Executor, clinicId: string): Promise<Map<string, Setting>> {
  const rows = await db
    .selectFrom("clinicSettings")
    .select(["key", "version", "value", "setAt", "setBy", "reason"])
    .distinctOn("key")
    .where("clinicId", "=", clinicId)
    .orderBy("key")
    .orderBy("version", "desc")
    .execute();
  return new Map(rows.map((r) => [r.key, r]));
}

/** Every version of one key, newest first. */
export async function settingHistory(db: Executor, clinicId: string, key: string): Promise<Setting[]> {
  return db
    .selectFrom("clinicSettings")
    .select(["key", "version", "value", "setAt", "setBy", "reason"])
    .where("clinicId", "=", clinicId)
    .where("key", "=", key)
    .orderBy("version", "desc")
    .execute();
}

/** Stores the next version of a key. Run it in a transaction: the key is locked so versions never clash. */
export async function setSetting(
  trx: Executor,
  clinicId: string,
  s: { key: string; value: unknown; setBy: string | null; reason: string | null },
  at: Date,
): Promise<Setting> {
  await sql`select pg_advisory_xact_lock(hashtext(${`setting:${clinicId}:${s.key}`}))`.execute(trx);
  const last = await trx
    .selectFrom("clinicSettings")
    .select(sql<number>`coalesce(max(version), 0)`.as("v"))
    .where("clinicId", "=", clinicId)
    .where("key", "=", s.key)
    .executeTakeFirstOrThrow();
  const version = Number(last.v) + 1;
  await trx
    .insertInto("clinicSettings")
    .values({
      clinicId,
      key: s.key,
      version,
      value: JSON.stringify(s.value),
      setAt: at,
      setBy: s.setBy,
      reason: s.reason,
    })
    .execute();
  return { key: s.key, version, value: s.value, setAt: at, setBy: s.setBy, reason: s.reason };
}
