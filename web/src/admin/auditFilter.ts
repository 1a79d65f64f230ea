/** The audit log's filters as they appear in the address bar and as the API expects them. */
import type { AuditFilter, AuditOutcome } from "../api/types";

export interface AuditFilterForm {
  actorId: string;
  action: string;
  resourceType: string;
  outcome: AuditOutcome | "";
  from: string;
  to: string;
}

const KEYS = ["actorId", "action", "resourceType", "outcome", "from", "to"] as const;

/** Reads the filter form and page from the address bar. */
export function formFromParams(params: URLSearchParams): { form: AuditFilterForm; page: number } {
  const form = Object.fromEntries(
    KEYS.map((key) => [key, params.get(key) ?? ""]),
  ) as unknown as AuditFilterForm;
  return { form, page: Math.max(1, Number(params.get("page")) || 1) };
}

/** Writes the filter form and page to the address bar, leaving out blanks. */
export function paramsFromForm(form: AuditFilterForm, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (form[key]) params.set(key, form[key]);
  if (page > 1) params.set("page", String(page));
  return params;
}

/**
 * Turns the form's calendar days into an API filter: `from` is the start of its day and `to` (which the
 * API treats as exclusive) the start of the day after, both in the reader's time zone, so "from 3 Mar to
 * 3 Mar" means the whole of 3 March.
 */
export function apiFilter(form: AuditFilterForm, page: number, pageSize: number): AuditFilter {
  const startOf = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
  const endOf = (day: string) => {
    if (!day) return undefined;
    const next = new Date(`${day}T00:00:00`);
    next.setDate(next.getDate() + 1);
    return next.toISOString();
  };
  return {
    actorId: form.actorId || undefined,
    action: form.action.trim() || undefined,
    resourceType: form.resourceType.trim() || undefined,
    outcome: form.outcome || undefined,
    from: startOf(form.from),
    to: endOf(form.to),
    page,
    pageSize,
  };
}
