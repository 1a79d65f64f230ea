/**
 * The one registry of error codes the API returns. Each code is stable (clients switch on it), has one HTTP
 * status and a title; `detail` says what happened in this instance. Rendered as RFC 9457 problem+json:
 * `{ type, title, status, code, detail, requestId, errors? }`.
 */
export const ERRORS = {
  "validation.failed": {
    status: 400,
    title: "The request is not valid",
    description:
      "Body, query or path failed validation; `errors[].path` is a JSON pointer to each bad field.",
  },
  "auth.required": {
    status: 401,
    title: "Sign in required",
    description: "No session, or the session expired after the idle timeout or was ended.",
  },
  "auth.invalid_credentials": {
    status: 401,
    title: "Email or password is incorrect.",
    description: "Sign-in failed. Deactivated accounts get the same answer.",
  },
  "auth.forbidden": {
    status: 403,
    title: "Not allowed",
    description: "The signed-in role may not use this route.",
  },
  "csrf.invalid": {
    status: 403,
    title: "Security token missing or wrong",
    description: "State-changing requests need the session's token in the x-csrf-token header.",
  },
  not_found: {
    status: 404,
    title: "Not found",
    description: "No such resource, or it belongs to another clinic or another patient.",
  },
  conflict: {
    status: 409,
    title: "Conflict",
    description: "The change clashes with existing data, e.g. an MRN or email already in use.",
  },
  "payload.too_large": {
    status: 413,
    title: "Request body too large",
    description: "The body exceeds the server's limit.",
  },
  "media_type.unsupported": {
    status: 415,
    title: "Unsupported content type",
    description: "Bodies must be sent as application/json.",
  },
  "plan.hard_limit": {
    status: 422,
    title: "The plan breaks a hard limit",
    description: "A hard dose limit cannot be overridden; `errors[]` name each limit and its sources.",
  },
  "plan.soft_limit_reason_required": {
    status: 422,
    title: "A reason is needed for each soft limit exceeded",
    description: "Each soft limit exceeded without a reason is named at `/plan/overrideReasons/<limitId>`.",
  },
  "plan.weight_stale": {
    status: 422,
    title: "The weight must be re-confirmed",
    description:
      "The weight is missing or older than the allowed age; re-confirm it with `weightConfirmedAt`.",
  },
  "plan.no_signed_evaluation": {
    status: 422,
    title: "No signed evaluation allows treatment",
    description:
      "A plan needs the patient's latest signed evaluation to decide eligible or eligible with cautions.",
  },
  "chair.gate_incomplete": {
    status: 409,
    title: "The pre-infusion checks are not complete",
    description:
      "The infusion cannot start until every required check is met or a physician overrides; `detail` lists what is missing.",
  },
  "chair.invalid_transition": {
    status: 409,
    title: "Not possible in the session's current phase",
    description:
      "E.g. pausing an infusion that is not running, or charting after discharge; `detail` says why.",
  },
  "auth.gateway_required": {
    status: 401,
    title: "Monitor gateway token required",
    description: "Send a valid, unrevoked gateway token as `Authorization: Bearer <token>`.",
  },
  "auth.locked": {
    status: 429,
    title: "Account temporarily locked",
    description: "Too many failed sign-ins for this account; `detail` says when to retry.",
  },
  rate_limited: {
    status: 429,
    title: "Too many requests",
    description: "Too many sign-in attempts from this address; the Retry-After header says when to retry.",
  },
  internal: {
    status: 500,
    title: "Internal error",
    description: "An unexpected failure. Nothing was saved; the request id helps find the log entry.",
  },
  unavailable: {
    status: 503,
    title: "Service unavailable",
    description: "The database cannot be reached.",
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldError {
  /** JSON pointer to the field, e.g. `/weight/kg`; empty for the body as a whole. */
  readonly path: string;
  readonly message: string;
}

/** An error with a registered code, thrown by handlers and rendered by the app's error handler. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldErrors?: readonly FieldError[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? ERRORS[code].title);
    this.name = "ApiError";
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly requestId: string;
  readonly errors?: readonly FieldError[];
}

/** The problem+json body for an error. */
export function toProblem(err: ApiError, requestId: string): Problem {
  const entry = ERRORS[err.code];
  return {
    type: `urn:ketaguard:problem:${err.code}`,
    title: entry.title,
    status: entry.status,
    code: err.code,
    detail: err.detail ?? entry.title,
    requestId,
    ...(err.fieldErrors ? { errors: err.fieldErrors } : {}),
  };
}
