import { ApiError } from "../api/client";

/** Explains a failed request in words: what went wrong, what to do, and the request id for support. */
export function ProblemNotice({ error }: { error: unknown }) {
  const problem =
    error instanceof ApiError
      ? error
      : {
          title: "Something went wrong",
          detail: error instanceof Error ? error.message : undefined,
          requestId: undefined,
        };
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{problem.title}</p>
      {problem.detail && <p>{problem.detail}</p>}
      {error instanceof ApiError &&
        error.fieldErrors.filter((e) => e.path === "").map((e) => <p key={e.message}>{e.message}</p>)}
      {problem.requestId && (
        <p className="muted">
          Reference for support: <code>{problem.requestId}</code>
        </p>
      )}
    </div>
  );
}
