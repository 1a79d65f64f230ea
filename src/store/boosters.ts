/** Booster bookings: which sessions a physician booked on which pattern, and why any soft limit was exceeded. */
import { randomUUID } from "node:crypto";
import type { Executor } from "./db";

export interface BoosterBooking {
  readonly id: string;
  readonly planId: string;
  readonly patternId: string;
  readonly sessionIds: readonly string[];
  /** Reason per soft limit id the longer course exceeds (empty when none was exceeded). */
  readonly overrideReasons: Readonly<Record<string, string>>;
  readonly bookedAt: Date;
  readonly bookedBy: string;
}

export async function recordBoosterBooking(
  db: Executor,
  clinicId: string,
  patientId: string,
  b: Omit<BoosterBooking, "id">,
): Promise<BoosterBooking> {
  const booking = { id: randomUUID(), ...b };
  await db
    .insertInto("boosterBookings")
    .values({
      clinicId,
      patientId,
      ...booking,
      sessionIds: [...b.sessionIds],
      overrideReasons: JSON.stringify(b.overrideReasons),
    })
    .execute();
  return booking;
}

/** A patient's booster bookings, oldest first, each with the name of the physician who booked it. */
export async function patientBoosterBookings(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<(BoosterBooking & { readonly bookedByName: string })[]> {
  const rows = await db
    .selectFrom("boosterBookings as b")
    .innerJoin("users as u", (j) => j.onRef("u.clinicId", "=", "b.clinicId").onRef("u.id", "=", "b.bookedBy"))
    .select([
      "b.id",
      "b.planId",
      "b.patternId",
      "b.sessionIds",
      "b.overrideReasons",
      "b.bookedAt",
      "b.bookedBy",
      "u.name as bookedByName",
    ])
    .where("b.clinicId", "=", clinicId)
    .where("b.patientId", "=", patientId)
    .orderBy("b.bookedAt")
    .execute();
  return rows.map((r) => ({ ...r, overrideReasons: r.overrideReasons as Record<string, string> }));
}
