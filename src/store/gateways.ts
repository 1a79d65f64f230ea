import { randomUUID } from "node:crypto";
import type { Executor } from "./db";

/** A monitor gateway: a bedside-monitor bridge that posts readings for one clinic. */
export interface Gateway {
  readonly id: string;
  readonly clinicId: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** Registers a gateway; `tokenHash` is a hash of its bearer token, never the token itself. */
export async function createGateway(
  db: Executor,
  g: { readonly clinicId: string; readonly name: string; readonly tokenHash: string },
  at: Date,
): Promise<Gateway> {
  const gateway = { id: randomUUID(), clinicId: g.clinicId, name: g.name, createdAt: at, revokedAt: null };
  await db
    .insertInto("monitorGateways")
    .values({ ...gateway, tokenHash: g.tokenHash })
    .execute();
  return gateway;
}

/** The gateway holding this token, unless it was revoked. */
export async function findGateway(db: Executor, tokenHash: string): Promise<Gateway | null> {
  const row = await db
    .selectFrom("monitorGateways")
    .select(["id", "clinicId", "name", "createdAt", "revokedAt"])
    .where("tokenHash", "=", tokenHash)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return row ?? null;
}

/** Stops a gateway's token from working; false when the clinic has no such active gateway. */
export async function revokeGateway(db: Executor, clinicId: string, id: string, at: Date): Promise<boolean> {
  const res = await db
    .updateTable("monitorGateways")
    .set({ revokedAt: at })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function listGateways(db: Executor, clinicId: string): Promise<Gateway[]> {
  return db
    .selectFrom("monitorGateways")
    .select(["id", "clinicId", "name", "createdAt", "revokedAt"])
    .where("clinicId", "=", clinicId)
    .orderBy("createdAt")
    .execute();
}
