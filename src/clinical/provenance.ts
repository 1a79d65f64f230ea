import { isKnownSource } from "./sources/registry";

/** The knowledge base has one version; every finding, alert, score and recommendation records it. */
export const KB_VERSION = "0.2.0";

/**
 * `sourced`: the value is stated by the cited sources.
 * `practice-default`: the fact sheet marks it UNCONFIRMED; it is a clinic-configurable default, never shown as evidence.
 */
export type Evidence = "sourced" | "practice-default";

/** Every rule, threshold, dose limit and catalogue entry carries these. */
export interface Provenance {
  readonly id: string;
  readonly version: string;
  readonly sources: readonly string[];
  readonly evidence: Evidence;
}

/** What a produced finding, alert or score records about the knowledge that produced it. */
export interface ProducedBy {
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly kbVersion: string;
}

export function producedBy(rule: Pick<Provenance, "id" | "version">): ProducedBy {
  return { ruleId: rule.id, ruleVersion: rule.version, kbVersion: KB_VERSION };
}

/**
 * Problems with the citations of a set of knowledge items: an item citing no source, or an unknown source id.
 * Empty when every item is properly cited. Used by tests over every table of clinical content.
 */
export function citationProblems(items: readonly Pick<Provenance, "id" | "sources">[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    if (item.sources.length === 0) problems.push(`${item.id}: cites no source`);
    for (const s of item.sources) if (!isKnownSource(s)) problems.push(`${item.id}: unknown source ${s}`);
  }
  return problems;
}
