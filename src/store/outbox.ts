/** Messages for patients waiting for an SMS or e-mail service to deliver them. */
import { randomUUID } from "node:crypto";
import type { Executor } from "./db";

export interface OutboxMessage {
  readonly id: string;
  readonly patientId: string;
  readonly topic: string;
  readonly template: string;
  readonly payload: unknown;
  readonly dueAt: Date;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

/** Queues a message once per topic (e.g. one reminder per check-in); returns false when it was queued before. */
export async function queueMessage(
  db: Executor,
  clinicId: string,
  m: { patientId: string; topic: string; template: string; payload: unknown; dueAt: Date },
  at: Date,
): Promise<boolean> {
  const row = await db
    .insertInto("outbox")
    .values({
      clinicId,
      id: randomUUID(),
      ...m,
      payload: JSON.stringify(m.payload),
      createdAt: at,
      sentAt: null,
    })
    .onConflict((oc) => oc.columns(["clinicId", "topic"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** A clinic's messages still to send, oldest due first. */
export async function unsentMessages(db: Executor, clinicId: string): Promise<OutboxMessage[]> {
  return db
    .selectFrom("outbox")
    .select(["id", "patientId", "topic", "template", "payload", "dueAt", "createdAt", "sentAt"])
    .where("clinicId", "=", clinicId)
    .where("sentAt", "is", null)
    .orderBy("dueAt")
    .execute();
}
