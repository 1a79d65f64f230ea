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
  phone: ColumnType<string | null, string | null | undefined, string | null>;
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

export type Decision = "eligible" | "eligible-with-cautions" | "not-eligible";
export type SessionStatus = "scheduled" | "in-progress" | "completed" | "cancelled";

export interface EvaluationsTable {
  clinicId: string;
  id: string;
  patientId: string;
  version: number;
  previousId: string | null;
  content: ColumnType<unknown, string, never>;
  findings: ColumnType<unknown, string, never>;
  suggestedDecision: Decision;
  kbVersion: string;
  createdAt: Date;
  createdBy: string;
}

export interface EvaluationSignaturesTable {
  clinicId: string;
  evaluationId: string;
  decision: Decision;
  reason: string | null;
  signedAt: Date;
  signedBy: string;
}

export interface PlansTable {
  clinicId: string;
  id: string;
  patientId: string;
  courseId: string;
  version: number;
  previousId: string | null;
  plan: ColumnType<unknown, string, never>;
  computation: ColumnType<unknown, string, never>;
  violations: ColumnType<unknown, string, never>;
  kbVersion: string;
  weightKg: number;
  createdAt: Date;
  createdBy: string;
}

export interface PlanApprovalsTable {
  clinicId: string;
  planId: string;
  approvedAt: Date;
  approvedBy: string;
}

export interface ChairsTable {
  clinicId: string;
  id: string;
  name: string;
}

export interface InfusionSessionsTable {
  clinicId: string;
  id: string;
  patientId: string;
  planId: string;
  chairId: string;
  startsAt: Date;
  durationMin: number;
  status: SessionStatus;
  createdAt: Date;
}

export interface ChartEntriesTable {
  clinicId: string;
  id: string;
  seq: ColumnType<string, never, never>;
  sessionId: string;
  clientId: string;
  kind: string;
  at: Date;
  recordedAt: Date;
  recordedBy: string | null;
  source: string;
  /** An `EntryBody` from the clinical core. */
  body: ColumnType<unknown, string, never>;
  amends: string | null;
  reason: string | null;
}

export type AlertChange = "raised" | "escalated" | "cleared" | "acknowledged";

export interface AlertLogTable {
  clinicId: string;
  seq: ColumnType<string, never, never>;
  sessionId: string;
  alertKey: string;
  raisedAt: Date;
  change: AlertChange;
  priority: "high" | "medium" | "low";
  ruleId: string;
  ruleVersion: string;
  sideEffectId: string | null;
  at: Date;
  entryId: string | null;
}

export interface MonitorGatewaysTable {
  clinicId: string;
  id: string;
  name: string;
  tokenHash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export type ReportLevel = "emergency" | "call-back" | "self-care" | "none";

export interface PatientReportsTable {
  clinicId: string;
  id: string;
  patientId: string;
  sessionId: string | null;
  slot: string | null;
  clientId: string;
  answers: ColumnType<unknown, string, never>;
  triage: ColumnType<unknown, string, never>;
  level: ReportLevel;
  onsetAt: Date | null;
  submittedAt: Date;
  submittedBy: string;
  kbVersion: string;
}

export interface WorklistEventsTable {
  clinicId: string;
  id: string;
  seq: ColumnType<string, never, never>;
  itemId: string;
  kind: "opened" | "call";
  topic: string | null;
  patientId: string;
  reportId: string | null;
  priority: "high" | "medium" | "low" | null;
  reason: ColumnType<unknown, string | null, never>;
  advice: string | null;
  outcome: string | null;
  closes: ColumnType<boolean, boolean | undefined, never>;
  at: Date;
  byUser: string | null;
}

export interface OutboxTable {
  clinicId: string;
  id: string;
  patientId: string;
  topic: string;
  template: string;
  payload: ColumnType<unknown, string, string>;
  dueAt: Date;
  createdAt: Date;
  sentAt: Date | null;
}

export interface ClinicSettingsTable {
  clinicId: string;
  key: string;
  version: number;
  value: ColumnType<unknown, string, never>;
  setAt: Date;
  setBy: string | null;
  reason: string | null;
}

export interface InfusionSummariesTable {
  clinicId: string;
  sessionId: string;
  patientId: string;
  protocolId: string;
  indication: string | null;
  dischargedAt: Date;
  deliveredDoseMg: number;
  doseMgPerKg: number;
  sideEffects: ColumnType<unknown, string, string>;
  sideEffectIds: string[];
  alerts: number;
  alertsAcknowledged: number;
  alertsActedOn: number;
  painBefore: number | null;
  painFollowup: number | null;
  computedAt: Date;
}

export interface BoosterBookingsTable {
  clinicId: string;
  id: string;
  patientId: string;
  planId: string;
  patternId: string;
  sessionIds: string[];
  overrideReasons: ColumnType<unknown, string, never>;
  bookedAt: Date;
  bookedBy: string;
}

export interface DB {
  clinics: ClinicsTable;
  users: UsersTable;
  sessions: SessionsTable;
  patients: PatientsTable;
  patientVersions: PatientVersionsTable;
  auditLog: AuditLogTable;
  schemaMigrations: SchemaMigrationsTable;
  evaluations: EvaluationsTable;
  evaluationSignatures: EvaluationSignaturesTable;
  plans: PlansTable;
  planApprovals: PlanApprovalsTable;
  chairs: ChairsTable;
  infusionSessions: InfusionSessionsTable;
  chartEntries: ChartEntriesTable;
  alertLog: AlertLogTable;
  monitorGateways: MonitorGatewaysTable;
  patientReports: PatientReportsTable;
  worklistEvents: WorklistEventsTable;
  outbox: OutboxTable;
  clinicSettings: ClinicSettingsTable;
  infusionSummaries: InfusionSummariesTable;
  boosterBookings: BoosterBookingsTable;
}
