import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Executor } from "./db";

export interface Clinic {
  readonly id: string;
  readonly name: string;
  /** The number patients call after an infusion (printed on the discharge sheet). */
  readonly phone: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Creates a clinic (a tenant). Names are unique, case-insensitively. */
export async function createClinic(
  db: Executor,
  name: string,
  at: Date,
  phone: string | null = null,
): Promise<Clinic> {
  const row = { id: randomUUID(), name, phone, createdAt: at };
  await db.insertInto("clinics").values(row).execute();
  return { id: row.id, name, phone };
}

/** Finds a clinic by id or by name (case-insensitive). */
export async function findClinic(db: Executor, idOrName: string): Promise<Clinic | null> {
  const query = db.selectFrom("clinics").select(["id", "name", "phone"]);
  const row = UUID.test(idOrName)
    ? await query.where("id", "=", idOrName).executeTakeFirst()
    : await query.where(sql`lower(name)`, "=", idOrName.toLowerCase()).executeTakeFirst();
  return row ?? null;
}
