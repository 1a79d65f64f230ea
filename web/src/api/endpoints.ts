/** Typed calls for each API resource, all through the one {@link request} function. */
import { queryString, request } from "./client";
import type {
  AuditEntry,
  AuditFilter,
  NewUser,
  Page,
  Patient,
  PatientInput,
  PatientSummary,
  PatientVersion,
  Session,
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
