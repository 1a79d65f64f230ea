import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Executor } from "./db";
import type { SessionStatus } from "./schema";

export interface Chair {
  readonly id: string;
  readonly name: string;
}

/** A scheduled infusion with what the schedule shows about it. */
export interface Session {
  readonly id: string;
  readonly startsAt: Date;
  /** Minutes the chair is taken: the infusion and the observation after it. */
  readonly durationMin: number;
  readonly status: SessionStatus;
  readonly chair: Chair;
  readonly patient: {
    readonly id: string;
    readonly mrn: string;
    readonly givenName: string;
    readonly familyName: string;
  };
  readonly planId: string;
  readonly planVersion: number;
}

export interface NewSession {
  readonly patientId: string;
  readonly planId: string;
  readonly chairId: string;
  readonly startsAt: Date;
  readonly durationMin: number;
}

/** Adds a chair to a clinic. Names are unique within a clinic, case-insensitively. */
export async function createChair(db: Executor, clinicId: string, name: string): Promise<Chair> {
  const chair = { id: randomUUID(), name };
  await db
    .insertInto("chairs")
    .values({ clinicId, ...chair })
    .execute();
  return chair;
}

/** A clinic's chairs, by name (numbers in names sort as numbers). */
export async function listChairs(db: Executor, clinicId: string): Promise<Chair[]> {
  return db
    .selectFrom("chairs")
    .select(["id", "name"])
    .where("clinicId", "=", clinicId)
    .orderBy(sql`length(name)`)
    .orderBy("name")
    .execute();
}

/**
 * A chair of the clinic, locked for the rest of the transaction so bookings on it are checked one at a time;
 * null when the clinic has no such chair.
 */
export async function lockChair(db: Executor, clinicId: string, id: string): Promise<Chair | null> {
  const row = await db
    .selectFrom("chairs")
    .select(["id", "name"])
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

function sessionQuery(db: Executor, clinicId: string) {
  return db
    .selectFrom("infusionSessions as s")
    .innerJoin("chairs as c", (j) => j.onRef("c.clinicId", "=", "s.clinicId").onRef("c.id", "=", "s.chairId"))
    .innerJoin("patients as p", (j) =>
      j.onRef("p.clinicId", "=", "s.clinicId").onRef("p.id", "=", "s.patientId"),
    )
    .innerJoin("plans as pl", (j) =>
      j.onRef("pl.clinicId", "=", "s.clinicId").onRef("pl.id", "=", "s.planId"),
    )
    .select([
      "s.id",
      "s.startsAt",
      "s.durationMin",
      "s.status",
      "s.planId",
      "pl.version as planVersion",
      "pl.courseId",
      "c.id as chairId",
      "c.name as chairName",
      "p.id as patientId",
      "p.mrn",
      "p.givenName",
      "p.familyName",
    ])
    .where("s.clinicId", "=", clinicId);
}

type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>["execute"]>>[number];

function toSession(r: SessionRow): Session {
  return {
    id: r.id,
    startsAt: r.startsAt,
    durationMin: r.durationMin,
    status: r.status,
    chair: { id: r.chairId, name: r.chairName },
    patient: { id: r.patientId, mrn: r.mrn, givenName: r.givenName, familyName: r.familyName },
    planId: r.planId,
    planVersion: r.planVersion,
  };
}

/** Sessions (other than `exceptId`, and not cancelled) overlapping `durationMin` minutes from `startsAt`. */
function overlapping(
  db: Executor,
  clinicId: string,
  booking: { startsAt: Date; durationMin: number; exceptId?: string },
) {
  const end = new Date(booking.startsAt.getTime() + booking.durationMin * 60_000);
  let query = sessionQuery(db, clinicId)
    .where("s.status", "<>", "cancelled")
    .where("s.startsAt", "<", end)
    .where(sql<boolean>`s.starts_at + s.duration_min * interval '1 minute' > ${booking.startsAt}`);
  if (booking.exceptId) query = query.where("s.id", "<>", booking.exceptId);
  return query.orderBy("s.startsAt").limit(1);
}

/**
 * The first session (other than `exceptId`) that would share the chair with a booking from `startsAt` for
 * `durationMin` minutes; cancelled sessions free their chair. Null when the chair is free.
 */
export async function chairClash(
  db: Executor,
  clinicId: string,
  booking: { chairId: string; startsAt: Date; durationMin: number; exceptId?: string },
): Promise<Session | null> {
  const row = await overlapping(db, clinicId, booking)
    .where("s.chairId", "=", booking.chairId)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** The first session (other than `exceptId`) of the patient, on any chair, overlapping the booking; or null. */
export async function patientClash(
  db: Executor,
  clinicId: string,
  booking: { patientId: string; startsAt: Date; durationMin: number; exceptId?: string },
): Promise<Session | null> {
  const row = await overlapping(db, clinicId, booking)
    .where("s.patientId", "=", booking.patientId)
    .executeTakeFirst();
  return row ? toSession(row) : null;
}

/** Books sessions; check `chairClash` for each first, with the chair locked. */
export async function insertSessions(
  db: Executor,
  clinicId: string,
  sessions: readonly NewSession[],
  at: Date,
): Promise<string[]> {
  if (sessions.length === 0) return [];
  const rows = sessions.map((s) => ({
    clinicId,
    id: randomUUID(),
    ...s,
    status: "scheduled" as const,
    createdAt: at,
  }));
  await db.insertInto("infusionSessions").values(rows).execute();
  return rows.map((r) => r.id);
}

/** Sessions by id, in start order. */
export async function sessionsById(
  db: Executor,
  clinicId: string,
  ids: readonly string[],
): Promise<Session[]> {
  if (ids.length === 0) return [];
  const rows = await sessionQuery(db, clinicId).where("s.id", "in", ids).orderBy("s.startsAt").execute();
  return rows.map(toSession);
}

/** Locks several sessions (in id order, so concurrent writers queue rather than deadlock). */
export async function lockSessions(db: Executor, clinicId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .selectFrom("infusionSessions")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where("id", "in", ids)
    .orderBy("id")
    .forUpdate()
    .execute();
}

/** One session, locked for the rest of the transaction; null when the clinic has no such session. */
export async function lockSession(db: Executor, clinicId: string, id: string): Promise<Session | null> {
  // Lock first, then read through the joins: a joined locking read rechecks the join against its old
  // snapshot after waiting, and would miss a session whose plan changed meanwhile.
  await db
    .selectFrom("infusionSessions")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .forUpdate()
    .execute();
  const row = await sessionQuery(db, clinicId).where("s.id", "=", id).executeTakeFirst();
  return row ? toSession(row) : null;
}

/** Every session of a course (all its plan versions), cancelled ones included, in start order, locked. */
export async function sessionsOfCourse(db: Executor, clinicId: string, courseId: string): Promise<Session[]> {
  await db
    .selectFrom("infusionSessions")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where("planId", "in", (q) =>
      q.selectFrom("plans").select("id").where("clinicId", "=", clinicId).where("courseId", "=", courseId),
    )
    .forUpdate()
    .execute();
  const rows = await sessionQuery(db, clinicId)
    .where("pl.courseId", "=", courseId)
    .orderBy("s.startsAt")
    .execute();
  return rows.map(toSession);
}

/** Points sessions at another plan version, with that version's chair time. */
export async function reassignSessions(
  db: Executor,
  clinicId: string,
  ids: readonly string[],
  to: { planId: string; durationMin: number },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("infusionSessions")
    .set({ planId: to.planId, durationMin: to.durationMin })
    .where("clinicId", "=", clinicId)
    .where("id", "in", ids)
    .execute();
}

/** Marks sessions cancelled; they stay on record. */
export async function cancelSessions(db: Executor, clinicId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("infusionSessions")
    .set({ status: "cancelled" })
    .where("clinicId", "=", clinicId)
    .where("id", "in", ids)
    .execute();
}

/** Marks a session started (its first infusion entry) or completed (discharged). */
export async function setSessionStatus(
  db: Executor,
  clinicId: string,
  id: string,
  status: "in-progress" | "completed",
): Promise<void> {
  await db
    .updateTable("infusionSessions")
    .set({ status })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .execute();
}

/** Moves a session to another time and chair. */
export async function moveSession(
  db: Executor,
  clinicId: string,
  id: string,
  to: { startsAt: Date; chairId: string },
): Promise<void> {
  await db
    .updateTable("infusionSessions")
    .set({ startsAt: to.startsAt, chairId: to.chairId })
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .execute();
}

/** A clinic's sessions starting in [from, to), by start time then chair. */
export async function sessionsBetween(
  db: Executor,
  clinicId: string,
  from: Date,
  to: Date,
): Promise<Session[]> {
  const rows = await sessionQuery(db, clinicId)
    .where("s.startsAt", ">=", from)
    .where("s.startsAt", "<", to)
    .orderBy("s.startsAt")
    .orderBy("c.name")
    .execute();
  return rows.map(toSession);
}

/** A patient's scheduled sessions starting at or after `from`, in start order. */
export async function upcomingSessions(
  db: Executor,
  clinicId: string,
  patientId: string,
  from: Date,
): Promise<Session[]> {
  const rows = await sessionQuery(db, clinicId)
    .where("s.patientId", "=", patientId)
    .where("s.status", "=", "scheduled")
    .where("s.startsAt", ">=", from)
    .orderBy("s.startsAt")
    .execute();
  return rows.map(toSession);
}

/** The plan version and course of each completed session of a patient, for dose history. */
export async function completedSessions(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<{ courseId: string; computation: unknown }[]> {
  return db
    .selectFrom("infusionSessions as s")
    .innerJoin("plans as pl", (j) =>
      j.onRef("pl.clinicId", "=", "s.clinicId").onRef("pl.id", "=", "s.planId"),
    )
    .select(["pl.courseId", "pl.computation"])
    .where("s.clinicId", "=", clinicId)
    .where("s.patientId", "=", patientId)
    .where("s.status", "=", "completed")
    .execute();
}
