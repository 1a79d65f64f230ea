import type { Severity, StoredFinding } from "../api/types";
import { ProvenanceLine } from "./ProvenanceLine";

const GROUPS: readonly { severity: Severity; title: string }[] = [
  { severity: "contraindication", title: "Contraindications" },
  { severity: "caution", title: "Cautions" },
  { severity: "info", title: "For information" },
];

/** A finding as stored by the server or as computed live by the clinical core. */
export type ShownFinding = Pick<
  StoredFinding,
  "ruleId" | "ruleVersion" | "severity" | "title" | "trigger" | "rationale" | "whatToDo" | "evidence"
> & { readonly sources: readonly string[] };

interface FindingsPanelProps {
  findings: readonly ShownFinding[];
  heading: string;
  kbVersion: string;
  /** Announces changes politely while the form is being filled. */
  live?: boolean;
}

/** Screening findings grouped by severity, each with why, what to do, and where it comes from. */
export function FindingsPanel({ findings, heading, kbVersion, live = false }: FindingsPanelProps) {
  return (
    <section
      className="card findings"
      aria-labelledby="findings-title"
      aria-live={live ? "polite" : undefined}
    >
      <h2 id="findings-title">{heading}</h2>
      <p className="muted">Knowledge base {kbVersion}</p>
      {findings.length === 0 && (
        <p>No findings: nothing in the evaluation so far triggers a screening rule.</p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`finding-group finding-${severity}`}>
            <h3>
              {title} ({group.length})
            </h3>
            <ul className="plain-list">
              {group.map((f) => (
                <li key={f.ruleId} className="finding">
                  <p className="finding-title">
                    <strong>{f.title}</strong>
                  </p>
                  <p className="muted">Because: {f.trigger}</p>
                  <p>{f.rationale}</p>
                  <p>
                    <strong>What to do:</strong> {f.whatToDo}
                  </p>
                  <ProvenanceLine
                    sources={f.sources}
                    evidence={f.evidence}
                    id={`${f.ruleId} v${f.ruleVersion}`}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
