import { randomUUID } from "node:crypto";
import type { Executor } from "./db";
import type { Role } from "./schema";

/** A live session with the account it belongs to. */
export interface SessionWithUser {
  readonly sessionId: string;
  readonly lastSeenAt: Date;
  readonly user: {
    readonly id: string;
    readonly clinicId: string;
    readonly clinicName: string;
    readonly email: string;
    readonly name: string;
    readonly role: Role;
    readonly patientId: string | null;
  };
}

/** Stores a new session; `tokenHash` is a hash of the cookie token, never the token itself. */
export async function createSession(
  db: Executor,
  s: { readonly clinicId: string; readonly userId: string; readonly tokenHash: string },
  at: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("sessions")
    .values({ ...s, id, createdAt: at, lastSeenAt: at })
    .execute();
  return id;
}

/** The session with this token hash, if its account is still active. */
export async function findSession(db: Executor, tokenHash: string): Promise<SessionWithUser | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", (j) =>
      j.onRef("users.clinicId", "=", "sessions.clinicId").onRef("users.id", "=", "sessions.userId"),
    )
    .innerJoin("clinics", "clinics.id", "sessions.clinicId")
    .select([
      "sessions.id as sessionId",
      "sessions.lastSeenAt",
      "users.id",
      "users.clinicId",
      "clinics.name as clinicName",
      "users.email",
      "users.name",
      "users.role",
      "users.patientId",
    ])
    .where("sessions.tokenHash", "=", tokenHash)
    .where("users.active", "=", true)
    .executeTakeFirst();
  if (!row) return null;
  const { sessionId, lastSeenAt, ...user } = row;
  return { sessionId, lastSeenAt, user };
}

/** Records activity on a session (its idle timer restarts). */
export async function touchSession(db: Executor, clinicId: string, id: string, at: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ lastSeenAt: at })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .execute();
}

export async function deleteSession(db: Executor, clinicId: string, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("clinicId", "=", clinicId).where("id", "=", id).execute();
}

/** Ends every session of an account (after deactivation or a password reset). */
export async function deleteUserSessions(db: Executor, clinicId: string, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("clinicId", "=", clinicId).where("userId", "=", userId).execute();
}
