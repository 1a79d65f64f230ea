/** The patient portal's calls: the patient's own follow-up, education and symptom reports. */
import type { Education } from "../../../src/clinical/followup/education";
import type { PainResponse } from "../../../src/clinical/outcomes/response";
import { request } from "./client";
import type { PainPoint, ReportAnswers, ReportJson } from "./followup";

/** A check-in after one infusion (`slot` is the check-in's id), its window as epoch milliseconds. */
export interface CheckinSlotJson {
  sessionId: string;
  slot: string;
  label: string;
  dueAt: number;
  overdueAt: number;
}

export interface NextInfusion {
  sessionId: string;
  /** Epoch milliseconds. */
  startsAt: number;
  chairName: string;
  preparation: string[];
}

export interface Portal {
  nextInfusion: NextInfusion | null;
  pain: PainPoint[];
  response: PainResponse | null;
  checkins: { due: CheckinSlotJson[]; overdue: CheckinSlotJson[]; upcoming: CheckinSlotJson[] };
  responseTimeText: string;
  reports: ReportJson[];
}

export interface NewReport {
  clientId: string;
  slot?: string | null;
  sessionId?: string;
  onsetAt?: string;
  answers: ReportAnswers;
}

export const PORTAL_KEY = ["me", "portal"] as const;
export const REPORTS_KEY = ["me", "reports"] as const;

export const portal = {
  get: () => request<Portal>("GET", "/me/portal"),
  education: () => request<Education>("GET", "/me/education"),
  reports: () => request<{ items: ReportJson[] }>("GET", "/me/reports"),
  report: (report: NewReport) => request<{ report: ReportJson }>("POST", "/me/reports", report),
};
