/** Shapes exchanged with the Ketaguard HTTP API (see the API contract). */

export type Role = "admin" | "physician" | "nurse" | "patient";

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  clinicId: string;
  clinicName: string;
  patientId: string | null;
}

export interface Session {
  user: Me;
  csrfToken: string;
}

export type Sex = "female" | "male" | "other" | "unknown";

export interface Allergy {
  substance: string;
  reaction?: string;
}

export interface Condition {
  code: string;
  label: string;
  since?: string;
  controlled?: boolean;
  notes?: string;
}

export interface Medication {
  name: string;
  dose?: string;
  frequency?: string;
}

export interface PatientInput {
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  weight?: { kg: number; measuredOn: string } | null;
  height?: { cm: number; measuredOn: string } | null;
  allergies: Allergy[];
  conditions: Condition[];
  medications: Medication[];
}

export interface Patient extends PatientInput {
  id: string;
  version: number;
  updatedAt: string;
}

export interface PatientSummary {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface PatientVersion {
  version: number;
  recordedAt: string;
  recordedBy: { id: string; name: string };
  reason: string | null;
  changes: FieldChange[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  patientId: string | null;
  lastLoginAt: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  patientId?: string;
}

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  actorEmail: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  clinicId: string | null;
  requestId: string;
  outcome: AuditOutcome;
  hash: string;
  prevHash: string | null;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: AuditOutcome | "";
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
