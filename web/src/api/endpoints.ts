/** Typed calls for each API resource, all through the one {@link request} function. */
import { queryString, request } from "./client";
import type {
  AuditEntry,
  AuditFilter,
  Board,
  Chair,
  DaySchedule,
  DischargeSheet,
  EntryRequest,
  EntryResult,
  Evaluation,
  EvaluationContent,
  EvaluationDecision,
  EvaluationSummary,
  NewUser,
  OwnPlan,
  Page,
  Patient,
  PatientInput,
  PatientSummary,
  PatientVersion,
  PlanInput,
  PlanPreview,
  PlanVersion,
  ScheduledSession,
  Session,
  SessionChart,
  User,
} from "./types";

export const auth = {
  login: (email: string, password: string) => request<Session>("POST", "/auth/login", { email, password }),
  logout: () => request<void>("POST", "/auth/logout"),
  me: () => request<Session>("GET", "/auth/me"),
};

export const patients = {
  list: (q: string, page: number, pageSize: number) =>
    request<Page<PatientSummary>>("GET", `/patients${queryString({ q, page, pageSize })}`),
  get: (id: string) => request<Patient>("GET", `/patients/${encodeURIComponent(id)}`),
  create: (input: PatientInput) => request<Patient>("POST", "/patients", input),
  update: (id: string, changes: Partial<PatientInput>, reason: string) =>
    request<Patient>("PATCH", `/patients/${encodeURIComponent(id)}`, { changes, reason }),
  history: (id: string) =>
    request<{ versions: PatientVersion[] }>("GET", `/patients/${encodeURIComponent(id)}/history`),
};

export const users = {
  list: () => request<{ items: User[] }>("GET", "/users"),
  create: (user: NewUser) => request<User>("POST", "/users", user),
  deactivate: (id: string) => request<User>("POST", `/users/${encodeURIComponent(id)}/deactivate`),
  resetPassword: (id: string, password: string) =>
    request<void>("POST", `/users/${encodeURIComponent(id)}/reset-password`, { password }),
};

export const audit = {
  list: (filter: AuditFilter) => request<Page<AuditEntry>>("GET", `/audit${queryString({ ...filter })}`),
};

const patientPath = (id: string) => `/patients/${encodeURIComponent(id)}`;

export const evaluations = {
  list: (patientId: string) =>
    request<{ items: EvaluationSummary[] }>("GET", `${patientPath(patientId)}/evaluations`),
  get: (patientId: string, id: string) =>
    request<Evaluation>("GET", `${patientPath(patientId)}/evaluations/${encodeURIComponent(id)}`),
  save: (patientId: string, content: EvaluationContent, previousId?: string) =>
    request<Evaluation>("POST", `${patientPath(patientId)}/evaluations`, { content, previousId }),
  sign: (patientId: string, id: string, decision: EvaluationDecision, reason?: string) =>
    request<Evaluation>("POST", `${patientPath(patientId)}/evaluations/${encodeURIComponent(id)}/sign`, {
      decision,
      reason,
    }),
};

export const plans = {
  list: (patientId: string) => request<{ items: PlanVersion[] }>("GET", `${patientPath(patientId)}/plans`),
  preview: (patientId: string, plan: PlanInput) =>
    request<PlanPreview>("POST", "/plans/preview", { patientId, plan }),
  save: (patientId: string, plan: PlanInput, previousId?: string) =>
    request<PlanVersion>("POST", `${patientPath(patientId)}/plans`, { plan, previousId }),
  approve: (patientId: string, planId: string, firstSessionAt: string, chairId: string) =>
    request<{ plan: PlanVersion; sessions: ScheduledSession[] }>(
      "POST",
      `${patientPath(patientId)}/plans/${encodeURIComponent(planId)}/approve`,
      { firstSessionAt, chairId },
    ),
};

/** The signed-in patient's own approved plan and booked sessions. */
export const ownPlan = {
  get: () => request<OwnPlan>("GET", "/me/plan"),
};

export const scheduling = {
  chairs: () => request<{ items: Chair[] }>("GET", "/chairs"),
  day: (date: string) => request<DaySchedule>("GET", `/schedule${queryString({ date })}`),
  move: (sessionId: string, startsAt: string, chairId: string) =>
    request<ScheduledSession>("POST", `/sessions/${encodeURIComponent(sessionId)}/move`, {
      startsAt,
      chairId,
    }),
};

const sessionPath = (id: string) => `/sessions/${encodeURIComponent(id)}`;

/** The infusion chair: the floor board, one session's chart, and charting an entry. */
export const chair = {
  board: (date: string) => request<Board>("GET", `/board${queryString({ date })}`),
  chart: (sessionId: string) => request<SessionChart>("GET", `${sessionPath(sessionId)}/chart`),
  addEntry: (sessionId: string, entry: EntryRequest) =>
    request<EntryResult>("POST", `${sessionPath(sessionId)}/entries`, entry),
  dischargeSheet: (sessionId: string) =>
    request<DischargeSheet>("GET", `${sessionPath(sessionId)}/discharge-sheet`),
};
