/**
 * The one HTTP client for the API: same-origin credentials, the CSRF header on state-changing
 * requests, and problem+json responses turned into {@link ApiError}.
 */

export interface ProblemFieldError {
  path: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

/** An API failure carrying the server's problem detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly fieldErrors: ProblemFieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.fieldErrors = problem.errors ?? [];
  }
}

/**
 * Whether a failed read means "there is nothing here for you": 404, or a malformed id in the address
 * (which can never name a record).
 */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 404 || (error.status === 400 && error.code === "validation.failed"))
  );
}

let csrfToken: string | null = null;

/** Remembers the CSRF token the server handed out with the session (null after logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Problem).status === "number" &&
    typeof (value as Problem).code === "string"
  );
}

/**
 * Builds the error for a failed response: the body's problem detail when it has one, otherwise a
 * generic problem named after the status so the page can still explain what happened.
 */
export function problemFromResponse(status: number, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(body);
  return new ApiError({
    title: status >= 500 ? "The server could not complete the request" : "The request failed",
    status,
    code: status >= 500 ? "internal" : "http_error",
    detail: `The server answered with status ${status}.`,
  });
}

/**
 * Maps a problem's field errors to form fields by JSON pointer, dropping `prefix` (e.g. `/changes`
 * for a PATCH body) so a form can look errors up by its own field paths. Errors about the body as a
 * whole (empty path) are keyed `/`.
 *
 * @example errorsByPath(err, "/changes")["/weight/kg"] // "must be a positive number"
 */
export function errorsByPath(error: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const { path, message } of error.fieldErrors) {
    const key = (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path) || "/";
    out[key] ??= message;
  }
  return out;
}

/** Sends one request to the API and decodes the JSON answer (undefined for 204). */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (!SAFE_METHODS.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      title: "The server cannot be reached",
      status: 0,
      code: "network",
      detail: "Check the network connection and try again.",
    });
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw problemFromResponse(response.status, parsed);
  return parsed as T;
}

/** Turns defined, non-empty values into a query string (leading `?` included when not empty). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}
