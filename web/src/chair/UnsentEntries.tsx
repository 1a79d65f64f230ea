import { ApiError } from "../api/client";
import { ProblemNotice } from "../components/ProblemNotice";
import { useOutbox, useUnsent } from "./useOutbox";

/**
 * "N entries not yet sent", listing them; a refused entry shows the server's problem beside it, with a
 * way to discard it. With `sessionId`, only that session's entries.
 */
export function UnsentEntries({ sessionId }: { sessionId?: string }) {
  const outbox = useOutbox();
  const items = useUnsent().filter((i) => sessionId === undefined || i.sessionId === sessionId);
  if (items.length === 0) return null;
  const refused = items.filter((i) => i.problem).length;
  return (
    <section className="unsent notice" aria-labelledby="unsent-heading">
      <h2 id="unsent-heading" className="notice-title">
        {items.length} {items.length === 1 ? "entry" : "entries"} not yet sent
        {refused > 0 && ` (${refused} refused)`}
      </h2>
      <p className="muted">Kept on this device and sent in order as soon as the server answers.</p>
      <ol className="unsent-list">
        {items.map((i) => (
          <li key={i.request.clientId}>
            <span>
              {new Date(i.request.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}{" "}
              {i.label}
            </span>{" "}
            <span className="muted">
              {i.problem ? "refused" : i.attempts > 0 ? `retrying (attempt ${i.attempts + 1})` : "sending"}
            </span>
            {i.problem && (
              <>
                <ProblemNotice error={new ApiError(i.problem)} />
                {i.problem.errors?.map((e) => (
                  <p key={e.path} className="field-error">
                    {e.path}: {e.message}
                  </p>
                ))}
                <button type="button" onClick={() => outbox.discard(i.request.clientId)}>
                  Discard<span className="visually-hidden"> {i.label}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
