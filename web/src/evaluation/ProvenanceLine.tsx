import type { Evidence } from "../../../src/clinical/provenance";
import { SourceLinks } from "./SourceLinks";

interface ProvenanceLineProps {
  sources: readonly string[];
  evidence: Evidence;
  /** The rule or limit id, with its version when there is one, e.g. "ix.seizure-threshold v1". */
  id: string;
}

/**
 * Where a finding or limit comes from: its sources, and a "clinic default" mark when it is a practice
 * default rather than evidence, so a setting is never read as a sourced fact.
 */
export function ProvenanceLine({ sources, evidence, id }: ProvenanceLineProps) {
  return (
    <div className="finding-meta">
      <SourceLinks ids={sources} />{" "}
      {evidence === "practice-default" && (
        <span className="badge badge-muted" title="A setting this clinic can change, not a sourced figure">
          clinic default
        </span>
      )}{" "}
      <span className="muted mono">{id}</span>
    </div>
  );
}
