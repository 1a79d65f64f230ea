import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Executor } from "./db";
import type { Role } from "./schema";

export interface User {
  readonly id: string;
  readonly clinicId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly patientId: string | null;
  readonly lastLoginAt: Date | null;
}

/** What sign-in needs besides the public fields. */
export interface LoginCandidate extends User {
  readonly clinicName: string;
  readonly passwordHash: string;
  readonly lockedUntil: Date | null;
}

export interface NewUser {
  readonly clinicId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly patientId: string | null;
  readonly passwordHash: string;
}

const publicColumns = [
  "users.id",
  "users.clinicId",
  "users.email",
  "users.name",
  "users.role",
  "users.active",
  "users.patientId",
  "users.lastLoginAt",
] as const;

/** Creates an account. Emails are unique across all clinics (sign-in is by email alone); stored lower-case. */
export async function createUser(db: Executor, user: NewUser, at: Date): Promise<User> {
  return db
    .insertInto("users")
    .values({ ...user, email: user.email.toLowerCase(), id: randomUUID(), createdAt: at })
    .returning(publicColumns)
    .executeTakeFirstOrThrow();
}

/** The account for an email (any clinic, active or not), with what sign-in checks. */
export async function findLoginCandidate(db: Executor, email: string): Promise<LoginCandidate | null> {
  const row = await db
    .selectFrom("users")
    .innerJoin("clinics", "clinics.id", "users.clinicId")
    .select([...publicColumns, "clinics.name as clinicName", "users.passwordHash", "users.lockedUntil"])
    .where(sql`lower(users.email)`, "=", email.toLowerCase())
    .executeTakeFirst();
  return row ?? null;
}

export async function getUser(db: Executor, clinicId: string, id: string): Promise<User | null> {
  const row = await db
    .selectFrom("users")
    .select(publicColumns)
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}

/** All accounts of one clinic, by name. */
export async function listUsers(db: Executor, clinicId: string): Promise<User[]> {
  return db
    .selectFrom("users")
    .select(publicColumns)
    .where("clinicId", "=", clinicId)
    .orderBy("name")
    .orderBy("id")
    .execute();
}

/**
 * Counts a failed sign-in. The `maxFailures`-th consecutive failure locks the account until `lockUntil` and
 * starts the count again.
 *
 * @returns whether this failure locked the account.
 */
export async function recordLoginFailure(
  db: Executor,
  user: Pick<User, "clinicId" | "id">,
  policy: { readonly maxFailures: number; readonly lockUntil: Date },
): Promise<boolean> {
  const row = await db
    .updateTable("users")
    .set({
      failedLogins: sql`case when failed_logins + 1 >= ${policy.maxFailures} then 0 else failed_logins + 1 end`,
      lockedUntil: sql`case when failed_logins + 1 >= ${policy.maxFailures} then ${policy.lockUntil}::timestamptz else locked_until end`,
    })
    .where("clinicId", "=", user.clinicId)
    .where("id", "=", user.id)
    .returning("failedLogins")
    .executeTakeFirst();
  // The count only returns to zero on the failure that locks the account.
  return row?.failedLogins === 0;
}

/** Clears the failure count and lock and records the time of a successful sign-in. */
export async function recordLoginSuccess(
  db: Executor,
  user: Pick<User, "clinicId" | "id">,
  at: Date,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at })
    .where("clinicId", "=", user.clinicId)
    .where("id", "=", user.id)
    .execute();
}

/** Marks an account inactive; it can no longer sign in. Returns null when no such account is in the clinic. */
export async function deactivateUser(db: Executor, clinicId: string, id: string): Promise<User | null> {
  const row = await db
    .updateTable("users")
    .set({ active: false })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .returning(publicColumns)
    .executeTakeFirst();
  return row ?? null;
}

/** Replaces an account's password hash and lifts any lockout. Returns false when there is no such account. */
export async function setPasswordHash(
  db: Executor,
  clinicId: string,
  id: string,
  passwordHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ passwordHash, failedLogins: 0, lockedUntil: null })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
