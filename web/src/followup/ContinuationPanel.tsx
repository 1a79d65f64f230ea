import type { ContinuationResult } from "../../../src/clinical/followup/continuation";
import { SourceLinks } from "../evaluation/SourceLinks";
import { RECOMMENDATION_LABEL } from "./outcomes";

/**
 * The rules' suggestion on carrying on with infusions and every reason behind it. The physician decides;
 * nurses see it for information.
 */
export function ContinuationPanel({
  continuation,
  forPhysician,
}: {
  continuation: ContinuationResult;
  forPhysician: boolean;
}) {
  return (
    <section className="card" aria-labelledby="continuation-title">
      <h2 id="continuation-title">Continuation of care</h2>
      <p className="recommendation">
        Suggested: <strong>{RECOMMENDATION_LABEL[continuation.recommendation]}</strong>
      </p>
      <p className="muted">
        {forPhysician
          ? "A suggestion from the clinic's rules; the decision is yours."
          : "Shown for information: the physician decides whether infusions continue."}
      </p>
      {continuation.reasons.length === 0 ? (
        <p>No rule raised a concern.</p>
      ) : (
        <ul className="plain-list">
          {continuation.reasons.map((r) => (
            <li key={r.ruleId}>
              {r.text} <SourceLinks ids={r.sources} /> <span className="muted mono">{r.ruleId}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted mono">
        {continuation.producedBy.ruleId} v{continuation.producedBy.ruleVersion} · knowledge base{" "}
        {continuation.producedBy.kbVersion}
      </p>
    </section>
  );
}
