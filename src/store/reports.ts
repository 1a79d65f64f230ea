/** What patients report after an infusion (check-ins and reports at any time), with the triage given. */
import { randomUUID } from "node:crypto";
import type { Executor } from "./db";
import type { ReportLevel } from "./schema";

export interface Report {
  readonly id: string;
  readonly patientId: string;
  readonly sessionId: string | null;
  readonly slot: string | null;
  readonly clientId: string;
  readonly answers: unknown;
  readonly triage: unknown;
  readonly level: ReportLevel;
  readonly onsetAt: Date | null;
  readonly submittedAt: Date;
  readonly kbVersion: string;
}

export interface NewReport {
  readonly patientId: string;
  readonly sessionId: string | null;
  readonly slot: string | null;
  readonly clientId: string;
  readonly answers: unknown;
  readonly triage: unknown;
  readonly level: ReportLevel;
  readonly onsetAt: Date | null;
  readonly submittedBy: string;
  readonly kbVersion: string;
}

const COLUMNS = [
  "id",
  "patientId",
  "sessionId",
  "slot",
  "clientId",
  "answers",
  "triage",
  "level",
  "onsetAt",
  "submittedAt",
  "kbVersion",
] as const;

/** Stores a report; the same client id again returns the stored one with `replayed` (no second report). */
export async function insertReport(
  db: Executor,
  clinicId: string,
  r: NewReport,
  at: Date,
): Promise<{ report: Report; replayed: boolean }> {
  const inserted = await db
    .insertInto("patientReports")
    .values({
      clinicId,
      id: randomUUID(),
      ...r,
      answers: JSON.stringify(r.answers),
      triage: JSON.stringify(r.triage),
      submittedAt: at,
    })
    .onConflict((oc) => oc.columns(["clinicId", "patientId", "clientId"]).doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  if (inserted) return { report: inserted, replayed: false };
  const existing = await db
    .selectFrom("patientReports")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("patientId", "=", r.patientId)
    .where("clientId", "=", r.clientId)
    .executeTakeFirstOrThrow();
  return { report: existing, replayed: true };
}

/** A patient's reports, oldest first. */
export async function patientReports(db: Executor, clinicId: string, patientId: string): Promise<Report[]> {
  return db
    .selectFrom("patientReports")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("patientId", "=", patientId)
    .orderBy("submittedAt")
    .execute();
}

/** The reports that follow one infusion. */
export async function sessionReports(db: Executor, clinicId: string, sessionId: string): Promise<Report[]> {
  return db
    .selectFrom("patientReports")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .orderBy("submittedAt")
    .execute();
}

export async function reportById(db: Executor, clinicId: string, id: string): Promise<Report | null> {
  const row = await db
    .selectFrom("patientReports")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}
