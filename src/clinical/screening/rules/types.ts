import type { SideEffectId } from "../../catalogue/types";
import type { Provenance } from "../../provenance";
import type { ScreeningContext } from "../context";

/**
 * `contraindication`: do not start unless the physician overrides with a written reason (absolute or relative; the
 * rationale says which). `caution`: may proceed with the stated extra measures. `info`: record and prepare.
 */
export type Severity = "contraindication" | "caution" | "info";

export const SEVERITY_ORDER: readonly Severity[] = ["contraindication", "caution", "info"];

/** One reason a rule fired; `severity` is set only when it differs from the rule's usual one. */
export interface RuleHit {
  readonly trigger: string;
  readonly severity?: Severity;
}

export interface ScreeningRule extends Provenance {
  readonly title: string;
  /** The severity of a finding unless a hit says otherwise. */
  readonly severity: Severity;
  /** Other severities the rule can give, and when. */
  readonly alsoAs?: readonly { readonly severity: Severity; readonly when: string }[];
  /** When the rule fires, in words for clinician review. */
  readonly whenFires: string;
  readonly rationale: string;
  readonly whatToDo: string;
  readonly relatedSideEffects: readonly SideEffectId[];
  readonly evaluate: (ctx: ScreeningContext) => readonly RuleHit[];
}
