/** Shapes and calls for follow-up after the infusion: worklist, outcomes, boosters, analytics, settings. */
import type { Grade } from "../../../src/clinical/catalogue/types";
import type { Proportion } from "../../../src/clinical/followup/analytics";
import type { ContinuationResult } from "../../../src/clinical/followup/continuation";
import type { LongTermDue } from "../../../src/clinical/followup/long-term";
import type { CheckinResponse } from "../../../src/clinical/followup/pro-items";
import type { TriageLevel, TriageResult } from "../../../src/clinical/followup/triage";
import type { BenefitRiskSummary, PainResponse } from "../../../src/clinical/outcomes";
import { queryString, request } from "./client";
import type { ScheduledSession } from "./types";

/** What the patient answered at a check-in (the core's response type). */
export type ReportAnswers = CheckinResponse;

export interface ReportJson {
  id: string;
  submittedAt: number;
  sessionId: string | null;
  slot: string | null;
  level: TriageLevel;
  triage: TriageResult;
  answers: ReportAnswers;
}

export type WorklistPriority = "high" | "medium" | "low";
export type CallOutcome =
  | "resolved"
  | "self-care-advised"
  | "review-booked"
  | "sent-to-emergency"
  | "no-answer"
  | "other";

export interface WorklistCall {
  at: number;
  by: { id: string; name: string } | null;
  advice: string;
  outcome: CallOutcome;
  closes: boolean;
}

export interface WorklistItem {
  id: string;
  kind: "report" | "overdue-checkin";
  priority: WorklistPriority;
  patient: { id: string; mrn: string; givenName: string; familyName: string };
  openedAt: number;
  reasons: { text: string }[];
  report: ReportJson | null;
  slot: string | null;
  calls: WorklistCall[];
  /** When a call closed the item (epoch ms), or null while open. */
  closedAt?: number | null;
}

/** The live stream's `worklist` event. */
export interface WorklistEvent {
  change: "opened" | "call";
  item: WorklistItem;
}

export interface NewCall {
  advice: string;
  outcome: CallOutcome;
  closes: boolean;
}

export type PainSource = "before-infusion" | "check-in";

export interface PainPoint {
  at: number;
  value: number;
  source: PainSource;
}

export interface InfusionOutcome {
  sessionId: string;
  dischargedAt: number;
  deliveredDoseMg: number;
  doseMgPerKg: number | null;
  sideEffects: Record<string, Grade>;
  sideEffectCount: number;
  /** Effects reported after this infusion that were not charted at the chair (no grade). */
  reportedAtHome: string[];
  worstGrade: Grade | null;
  alerts: number;
}

export interface PatientOutcomes {
  pain: PainPoint[];
  response: PainResponse | null;
  infusions: InfusionOutcome[];
  cumulativeDoseMg: number;
  benefitRisk: BenefitRiskSummary;
  continuation: ContinuationResult;
  longTerm: LongTermDue[];
  /** Warning-sign questions answered "yes" in the reports from home. */
  warningSignsReported: number;
  reports: ReportJson[];
  /** Booster bookings, oldest first. */
  boosters: BoosterBookingJson[];
}

export interface BoosterRequest {
  /** A booster pattern id from the core (`BOOSTER_PATTERNS`). */
  patternId: string;
  count: number;
  firstAt: string;
  chairId: string;
  /** The physician's reason per soft limit id the longer course exceeds. */
  overrideReasons?: Record<string, string>;
}

/** A booking of boosters as kept: the sessions it made and why each exceeded soft limit was accepted. */
export interface BoosterBookingJson {
  id: string;
  planId: string;
  patternId: string;
  sessionIds: string[];
  overrideReasons: Record<string, string>;
  /** Epoch ms. */
  bookedAt: number;
  /** The user id of the physician who booked. */
  bookedBy: string;
  bookedByName: string;
}

/** An interval in percent, lower and upper bound. */
export type Interval = [number, number];

/** A share with its Wilson 95 % interval, in percent (the core's `Proportion`). */
export type { Proportion } from "../../../src/clinical/followup/analytics";

/** One side effect in one group; the estimate and interval are null when the group had no infusions. */
export interface IncidenceJson {
  sideEffectId: string;
  name: string;
  infusions: number;
  total: number;
  per100: number | null;
  ci95: Interval | null;
  literature: string | null;
}

/**
 * When the side effects patients reported after discharge began (hours after discharge), beside the
 * catalogue's onset window; the share within that window carries its 95 % interval.
 */
export interface OnsetJson {
  sideEffectId: string;
  name: string;
  catalogueOnset: string | null;
  reports: number;
  medianHours: number;
  beforeDischarge: number;
  withinDay: number;
  withinTwoWeeks: number;
  later: number;
  withinCataloguePercent: number | null;
  ci95: Interval | null;
}

export interface ResponseRateJson {
  indication: string | null;
  protocolId: string;
  assessed: number;
  responders: number;
  ratePercent: number | null;
  ci95: Interval | null;
}

export interface Analytics {
  from: string;
  to: string;
  infusions: number;
  incidence: IncidenceJson[];
  byProtocol: { group: string; incidence: IncidenceJson[] }[];
  byDoseBand: { group: string; label: string; incidence: IncidenceJson[] }[];
  response: ResponseRateJson[];
  alerts: {
    infusions: number;
    alerts: number;
    perInfusion: number | null;
    shareAcknowledged: Proportion | null;
    shareActedOn: Proportion | null;
  };
  onset: OnsetJson[];
  /** How the figures were computed, in words. */
  method?: string;
}

export interface Period {
  from: string;
  to: string;
}

export interface ClinicSetting {
  key: string;
  label: string;
  value: unknown;
  default: unknown;
  version: number;
  /** When the version in force was set (epoch ms); null while the default applies. */
  setAt: number | null;
  /** The user id of who set it. */
  setBy: string | null;
  reason: string | null;
}

const patientPath = (id: string) => `/patients/${encodeURIComponent(id)}`;

export const worklist = {
  list: () => request<{ items: WorklistItem[] }>("GET", "/worklist"),
  recordCall: (itemId: string, call: NewCall) =>
    request<{ item: WorklistItem }>("POST", `/worklist/${encodeURIComponent(itemId)}/calls`, call),
};

export const outcomes = {
  get: (patientId: string) => request<PatientOutcomes>("GET", `${patientPath(patientId)}/outcomes`),
  bookBoosters: (patientId: string, booking: BoosterRequest) =>
    request<{ sessions: ScheduledSession[] }>("POST", `${patientPath(patientId)}/boosters`, booking),
};

/** The CSV of the incidence table, as an address for a download link. */
export const analyticsCsvHref = (period: Period) => `/api/analytics/export.csv${queryString({ ...period })}`;

export const analytics = {
  get: (period: Period) => request<Analytics>("GET", `/analytics${queryString({ ...period })}`),
};

export const settings = {
  list: () => request<{ items: ClinicSetting[] }>("GET", "/settings"),
  set: (key: string, value: unknown, reason: string) =>
    request<ClinicSetting>("PUT", `/settings/${encodeURIComponent(key)}`, { value, reason }),
};
