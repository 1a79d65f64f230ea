/** Shapes exchanged with the Ketaguard HTTP API (see the API contract). */
import type { ChartEntry, EntryBody } from "../../../src/clinical/chair/entries";
import type { AlertView, HistoryEntry, SessionFacts, SessionView } from "../../../src/clinical/chair/view";

export type { DischargeSheet } from "../../../src/clinical/chair/discharge-sheet";

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
  /** Null for entries written outside a request (e.g. seeding the demo clinic). */
  requestId: string | null;
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

/* Evaluation and treatment planning (shapes shared with the pure clinical core where they match). */

export type Severity = "contraindication" | "caution" | "info";
export type EvaluationDecision = "eligible" | "eligible-with-cautions" | "not-eligible";
export type Indication =
  | "crps"
  | "fibromyalgia"
  | "neuropathic"
  | "migraine-cluster"
  | "post-operative"
  | "other";
export type TreatmentEffect = "none" | "partial" | "good";

export interface EvaluationLab {
  name: string;
  value: number | string;
  unit: string;
  takenOn: string;
}

export interface EvaluationContent {
  indication: { primary: Indication; otherText?: string; depression: boolean; anxiety: boolean };
  pain: { now: number; average: number; worst: number };
  previousTreatments: { name: string; effect: TreatmentEffect; notes?: string }[];
  conditions: string[];
  hypertensionControlled?: boolean;
  hyperthyroidismTreated?: boolean;
  psychiatricNotes?: string;
  substanceUseNotes?: string;
  medications: Medication[];
  allergies: Allergy[];
  vitals: {
    hr: number;
    sbp: number;
    dbp: number;
    spo2: number;
    rr: number;
    weightKg: number;
    heightCm: number;
    measuredAt: string;
  };
  labs: EvaluationLab[];
  exposure: { priorInfusions: number; lifetimeMg: number };
}

export interface StoredFinding {
  ruleId: string;
  ruleVersion: string;
  kbVersion: string;
  severity: Severity;
  title: string;
  trigger: string;
  rationale: string;
  whatToDo: string;
  sources: string[];
  evidence: "sourced" | "practice-default";
}

export interface Person {
  id: string;
  name: string;
}

export interface EvaluationSummary {
  id: string;
  version: number;
  status: "draft" | "signed";
  createdAt: string;
  createdBy: Person | string;
  signedAt: string | null;
  signedBy: Person | string | null;
  decision: EvaluationDecision | null;
}

export interface Evaluation {
  id: string;
  patientId: string;
  version: number;
  previousId: string | null;
  status: "draft" | "signed";
  content: EvaluationContent;
  findings: StoredFinding[];
  suggestedDecision: EvaluationDecision;
  kbVersion: string;
  createdAt: string;
  createdBy: Person;
  signature: null | {
    decision: EvaluationDecision;
    reason: string | null;
    signedAt: string;
    signedBy: Person;
  };
  rulesNow: { kbVersion: string; differs: boolean; findings: StoredFinding[] };
}

export type PlanOrderInput =
  | { kind: "rate-per-kg"; rateMgPerKgPerHour: number }
  | { kind: "rate"; rateMgPerHour: number }
  | { kind: "dose-per-kg"; doseMgPerKg: number }
  | { kind: "dose"; doseMg: number };

export type SchedulePattern = "daily" | "weekdays" | "twice-weekly" | "weekly";

/** A patient's own view of their approved plan: no doses, only what they need to know and when to come. */
export interface OwnPlan {
  plan: { protocolLabel: string; sessions: number; pattern: SchedulePattern } | null;
  upcoming?: { startsAt: string; chairName: string }[];
}

export interface PlanInput {
  protocolId: string;
  infusion: { order: PlanOrderInput; durationMin: number; concentrationMgPerMl: number; bagVolumeMl: number };
  bolus?: { doseMgPerKg: number; concentrationMgPerMl: number } | null;
  schedule: { sessions: number; pattern: SchedulePattern };
  premedications: { drug: string; dose: string; route: string; reason: string }[];
  rescueMedications: { drug: string; dose: string; route: string; forSideEffect: string }[];
  minObservationMinutes: number;
  overrideReasons: Record<string, string>;
  weightConfirmedAt?: string;
}

export interface PlanVersion {
  id: string;
  patientId: string;
  version: number;
  previousId: string | null;
  status: "draft" | "approved" | "superseded";
  plan: PlanInput;
  kbVersion: string;
  weightKg: number;
  createdAt: string;
  createdBy: Person | string;
  approvedAt: string | null;
  approvedBy: Person | string | null;
}

export interface PlanSuggestions {
  premedications: PlanInput["premedications"];
  rescueMedications: PlanInput["rescueMedications"];
}

export interface PlanPreview {
  weightKg: number;
  weightMeasuredOn: string;
  weightStale: boolean;
  /** The server's computation; the builder reads the dose history from it (past courses and sessions). */
  computation: { lifetime: { pastMg: number } };
  suggestions: PlanSuggestions;
}

export interface Chair {
  id: string;
  name: string;
}

export type SessionStatus = "scheduled" | "in-progress" | "completed" | "cancelled";

export interface ScheduledSession {
  id: string;
  startsAt: string;
  durationMin: number;
  chair: Chair;
  patient: { id: string; mrn: string; givenName: string; familyName: string };
  planId: string;
  planVersion: number;
  status: SessionStatus;
  riskFlags: { severity: Severity; title: string; ruleId: string }[];
}

export interface DaySchedule {
  date: string;
  chairs: Chair[];
  sessions: ScheduledSession[];
}

/** One chair's session on the floor board: the booking and its charted state. */
export interface BoardCard {
  session: ScheduledSession;
  view: SessionView;
}

/** A member of the clinic's staff, for naming the user ids that entries and acknowledgements carry. */
export interface StaffMember {
  id: string;
  name: string;
}

export interface Board {
  date: string;
  /** The server's clock when it answered (epoch ms), so elapsed times agree with the server. */
  now: number;
  chairs: Chair[];
  cards: BoardCard[];
  staff: StaffMember[];
}

/** Everything the session screen shows: the card, what the projection knew, the history, the PK curve. */
export interface SessionChart {
  card: BoardCard;
  facts: SessionFacts;
  history: HistoryEntry[];
  staff: StaffMember[];
  /** Predicted plasma concentration; from `forecastFrom` on (while the pump runs) it assumes the current rate. */
  pk: { at: number[]; concentrationMgPerL: number[]; forecastFrom: number | null };
}

/** A chart entry as sent: `clientId` is made once at save, so a resend is recognised and not duplicated. */
export interface EntryRequest {
  clientId: string;
  at: string;
  body: EntryBody;
  amends?: string;
  reason?: string;
}

export interface EntryResult {
  entry: ChartEntry;
  card: BoardCard;
}

export type AlertChange = "raised" | "escalated" | "cleared" | "acknowledged";

/** The live stream's `alert` event. */
export interface AlertEvent {
  sessionId: string;
  change: AlertChange;
  alert: AlertView;
}
