import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Executor } from "./db";
import type { Sex } from "./schema";

/** One full version of a patient's record: what clinicians enter and correct. */
export interface PatientRecord {
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth: string;
  readonly sex: Sex;
  readonly weight: { readonly kg: number; readonly measuredOn: string } | null;
  readonly height: { readonly cm: number; readonly measuredOn: string } | null;
  readonly allergies: { readonly substance: string; readonly reaction?: string }[];
  readonly conditions: {
    readonly code: string;
    readonly label: string;
    readonly since?: string;
    readonly controlled?: boolean;
    readonly notes?: string;
  }[];
  readonly medications: {
    readonly name: string;
    readonly dose?: string;
    readonly frequency?: string;
  }[];
}

/** The current view of a patient: the latest version. */
export interface Patient extends PatientRecord {
  readonly id: string;
  readonly version: number;
  readonly updatedAt: Date;
}

export interface PatientSummary {
  readonly id: string;
  readonly mrn: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: string;
  readonly sex: Sex;
}

export interface FieldChange {
  readonly field: keyof PatientRecord;
  readonly from: unknown;
  readonly to: unknown;
}

export interface PatientVersion {
  readonly version: number;
  readonly recordedAt: Date;
  readonly recordedBy: { readonly id: string; readonly name: string };
  readonly reason: string | null;
  /** What this version changed relative to the one before (everything, for version 1). */
  readonly changes: FieldChange[];
}

/** Who records a version, and why. */
export interface Recording {
  readonly clinicId: string;
  readonly recordedBy: string;
  readonly at: Date;
  readonly reason: string | null;
}

const RECORD_FIELDS = [
  "mrn",
  "givenName",
  "familyName",
  "dateOfBirth",
  "sex",
  "weight",
  "height",
  "allergies",
  "conditions",
  "medications",
] as const satisfies readonly (keyof PatientRecord)[];

/** Fields that differ between two versions (deep comparison of their JSON form). */
export function diffRecords(before: PatientRecord | null, after: PatientRecord): FieldChange[] {
  return RECORD_FIELDS.filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f])).map(
    (field) => ({ field, from: before?.[field] ?? null, to: after[field] }),
  );
}

function headColumns(r: PatientRecord) {
  return {
    mrn: r.mrn,
    givenName: r.givenName,
    familyName: r.familyName,
    dateOfBirth: r.dateOfBirth,
    sex: r.sex,
  };
}

async function insertVersion(
  db: Executor,
  patientId: string,
  version: number,
  record: PatientRecord,
  rec: Recording,
): Promise<void> {
  await db
    .insertInto("patientVersions")
    .values({
      clinicId: rec.clinicId,
      id: randomUUID(),
      patientId,
      version,
      data: JSON.stringify(record),
      recordedAt: rec.at,
      recordedBy: rec.recordedBy,
      reason: rec.reason,
    })
    .execute();
}

/**
 * Creates a patient with version 1. Run it in a transaction: it writes the current view and the version.
 * Throws a unique violation (see `isUniqueViolation`) when the MRN is already used in the clinic.
 */
export async function createPatient(db: Executor, record: PatientRecord, rec: Recording): Promise<Patient> {
  const id = randomUUID();
  await db
    .insertInto("patients")
    .values({
      clinicId: rec.clinicId,
      id,
      ...headColumns(record),
      currentVersion: 1,
      createdAt: rec.at,
      updatedAt: rec.at,
    })
    .execute();
  await insertVersion(db, id, 1, record, rec);
  return { ...record, id, version: 1, updatedAt: rec.at };
}

/** The current version of a patient in a clinic, or null (also for another clinic's patient). */
export async function getPatient(db: Executor, clinicId: string, id: string): Promise<Patient | null> {
  const row = await db
    .selectFrom("patients")
    .innerJoin("patientVersions as v", (j) =>
      j
        .onRef("v.clinicId", "=", "patients.clinicId")
        .onRef("v.patientId", "=", "patients.id")
        .onRef("v.version", "=", "patients.currentVersion"),
    )
    .select(["patients.id", "patients.currentVersion", "patients.updatedAt", "v.data"])
    .where("patients.clinicId", "=", clinicId)
    .where("patients.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...(row.data as PatientRecord),
    id: row.id,
    version: row.currentVersion,
    updatedAt: row.updatedAt,
  };
}

/**
 * Locks a patient's head row for the rest of the transaction, so changes to the patient and decisions about
 * them (evaluation signatures, plan approvals) are made one at a time. Lock before reading: a locking read
 * that joins other tables would, after waiting, recheck the join against its old snapshot and miss rows.
 *
 * @returns false when the clinic has no such patient.
 */
export async function lockPatient(db: Executor, clinicId: string, id: string): Promise<boolean> {
  const locked = await db
    .selectFrom("patients")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return locked !== undefined;
}

/**
 * Records a new version with `changes` applied to the current one; the earlier versions stay. Run it in a
 * transaction (the current row is locked so concurrent edits queue rather than lose each other's changes).
 * When nothing would change, no version is written and the current one is returned.
 *
 * @returns the new current view, or null when the clinic has no such patient.
 */
export async function updatePatient(
  db: Executor,
  id: string,
  changes: Partial<PatientRecord>,
  rec: Recording,
): Promise<Patient | null> {
  if (!(await lockPatient(db, rec.clinicId, id))) return null;
  const current = await getPatient(db, rec.clinicId, id);
  if (!current) return null;
  const { id: _id, version, updatedAt: _at, ...before } = current;
  const after: PatientRecord = { ...before, ...changes };
  if (diffRecords(before, after).length === 0) return current;
  const next = version + 1;
  await insertVersion(db, id, next, after, rec);
  await db
    .updateTable("patients")
    .set({ ...headColumns(after), currentVersion: next, updatedAt: rec.at })
    .where("clinicId", "=", rec.clinicId)
    .where("id", "=", id)
    .execute();
  return { ...after, id, version: next, updatedAt: rec.at };
}

/** Every version of a patient, newest first, each with what it changed. Null when there is no such patient. */
export async function patientHistory(
  db: Executor,
  clinicId: string,
  id: string,
): Promise<PatientVersion[] | null> {
  const rows = await db
    .selectFrom("patientVersions as v")
    .innerJoin("users as u", (j) =>
      j.onRef("u.clinicId", "=", "v.clinicId").onRef("u.id", "=", "v.recordedBy"),
    )
    .select(["v.version", "v.data", "v.recordedAt", "v.reason", "u.id as userId", "u.name as userName"])
    .where("v.clinicId", "=", clinicId)
    .where("v.patientId", "=", id)
    .orderBy("v.version", "asc")
    .execute();
  if (rows.length === 0) return null;
  const versions = rows.map((row, i) => ({
    version: row.version,
    recordedAt: row.recordedAt,
    recordedBy: { id: row.userId, name: row.userName },
    reason: row.reason,
    changes: diffRecords(i === 0 ? null : (rows[i - 1]!.data as PatientRecord), row.data as PatientRecord),
  }));
  return versions.reverse();
}

export interface PatientSearch {
  /** Part of a name (case-insensitive), the start of an MRN, or a date of birth `YYYY-MM-DD`. */
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A page of a clinic's patients, by family then given name, and the total number matching. */
export async function searchPatients(
  db: Executor,
  clinicId: string,
  search: PatientSearch,
): Promise<{ items: PatientSummary[]; total: number }> {
  let base = db.selectFrom("patients").where("clinicId", "=", clinicId);
  const q = search.q?.trim();
  if (q) {
    const escaped = q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    const like = `%${escaped}%`;
    const prefix = `${escaped}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(given_name || ' ' || family_name)`, "like", like),
        eb(sql`lower(family_name || ' ' || given_name)`, "like", like),
        eb(sql`lower(mrn)`, "like", prefix),
        ...(ISO_DATE.test(q) ? [eb(sql`date_of_birth::text`, "=", q)] : []),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    base
      .select(["id", "mrn", "givenName", "familyName", "dateOfBirth", "sex"])
      .orderBy(sql`lower(family_name)`)
      .orderBy(sql`lower(given_name)`)
      .orderBy("id")
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.total };
}

/** A patient's id by MRN (case-insensitive) within a clinic. */
export async function findPatientIdByMrn(
  db: Executor,
  clinicId: string,
  mrn: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("patients")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where(sql`lower(mrn)`, "=", mrn.toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}
