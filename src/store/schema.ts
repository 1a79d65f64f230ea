import type { ColumnType } from "kysely";

/** Roles a user account can hold. `patient` accounts are linked to exactly one patient. */
export type Role = "admin" | "physician" | "nurse" | "patient";
export const ROLES: readonly Role[] = ["admin", "physician", "nurse", "patient"];

export type Sex = "female" | "male" | "other" | "unknown";
export type AuditOutcome = "success" | "failure" | "denied";

/** Dates (`date` columns) travel as `YYYY-MM-DD` strings; timestamps as `Date`. */
export interface ClinicsTable {
  id: string;
  name: string;
  createdAt: Date;
}

export interface UsersTable {
  clinicId: string;
  id: string;
  email: string;
  name: string;
  role: Role;
  patientId: string | null;
  passwordHash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  failedLogins: ColumnType<number, number | undefined, number>;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface SessionsTable {
  clinicId: string;
  id: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface PatientsTable {
  clinicId: string;
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  currentVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PatientVersionsTable {
  clinicId: string;
  id: string;
  patientId: string;
  version: number;
  /** The full record at this version (a `PatientRecord`). */
  data: ColumnType<unknown, string, string>;
  recordedAt: Date;
  recordedBy: string;
  reason: string | null;
}

export interface AuditLogTable {
  seq: ColumnType<string, string, never>;
  id: string;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  clinicId: string | null;
  requestId: string | null;
  outcome: AuditOutcome;
  prevHash: string;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  appliedAt: Date;
}

export interface DB {
  clinics: ClinicsTable;
  users: UsersTable;
  sessions: SessionsTable;
  patients: PatientsTable;
  patientVersions: PatientVersionsTable;
  auditLog: AuditLogTable;
  schemaMigrations: SchemaMigrationsTable;
}
