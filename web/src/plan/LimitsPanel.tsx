import type { Violation } from "../../../src/clinical/dosing";
import { ProvenanceLine } from "../evaluation/ProvenanceLine";

interface LimitsPanelProps {
  violations: readonly Violation[];
  reasons: Record<string, string>;
  onReason: (limitId: string, reason: string) => void;
  /** Soft limits whose missing reason should now be pointed out (after a save attempt). */
  showMissing: boolean;
}

/** Limits the plan breaches: hard ones block saving; soft ones need a written reason. */
export function LimitsPanel({ violations, reasons, onReason, showMissing }: LimitsPanelProps) {
  const hard = violations.filter((v) => v.kind === "hard");
  const soft = violations.filter((v) => v.kind === "soft");
  return (
    <section className="card limits" aria-labelledby="limits-title">
      <h2 id="limits-title">Dose limits</h2>
      {violations.length === 0 && <p className="limits-ok">Within every limit of the drug library.</p>}
      {hard.map((v) => (
        <div key={v.limitId} className="notice notice-error limit-hard" role="alert">
          <p className="notice-title">Blocked by a hard limit</p>
          <p>{v.message}</p>
          <ProvenanceLine sources={v.sources} evidence={v.evidence} id={v.limitId} />
        </div>
      ))}
      {soft.map((v) => {
        const id = `reason-${v.limitId}`;
        const missing = showMissing && !reasons[v.limitId]?.trim();
        return (
          <div key={v.limitId} className="notice notice-warn limit-soft">
            <p className="notice-title">Soft limit exceeded</p>
            <p>{v.message}</p>
            <ProvenanceLine sources={v.sources} evidence={v.evidence} id={v.limitId} />
            <div className={missing ? "field field-invalid" : "field"}>
              <label htmlFor={id}>Reason for exceeding this limit</label>
              <textarea
                id={id}
                rows={2}
                value={reasons[v.limitId] ?? ""}
                aria-invalid={missing ? true : undefined}
                aria-describedby={missing ? `${id}-error` : undefined}
                onChange={(e) => onReason(v.limitId, e.target.value)}
              />
              {missing && (
                <p className="field-error" id={`${id}-error`}>
                  Give a reason before saving
                </p>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
