import type { SideEffectId } from "../catalogue/types";
import { type Evidence, KB_VERSION, type ProducedBy, producedBy } from "../provenance";
import { buildContext, type ScreeningContext } from "./context";
import type { ScreeningInput } from "./input";
import { relatedSideEffectsOf } from "./related";
import { SCREENING_RULES } from "./rules";
import { type ScreeningRule, SEVERITY_ORDER, type Severity } from "./rules/types";

export interface Finding extends ProducedBy {
  readonly severity: Severity;
  readonly title: string;
  /** What in the input made the rule fire, e.g. "bupropion (Wellbutrin XL) + seizure disorder". */
  readonly trigger: string;
  readonly rationale: string;
  readonly whatToDo: string;
  readonly sources: readonly string[];
  readonly evidence: Evidence;
  readonly relatedSideEffects: readonly SideEffectId[];
}

export type ScreeningDecision = "eligible" | "eligible-with-cautions" | "not-eligible";

/** A suggestion for the physician, who decides. */
export interface ScreeningResult {
  readonly findings: readonly Finding[];
  readonly decision: ScreeningDecision;
  readonly kbVersion: string;
}

const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);

function evaluate(rule: ScreeningRule, ctx: ScreeningContext): Finding | null {
  const hits = rule.evaluate(ctx);
  if (hits.length === 0) return null;
  const severity = hits.map((h) => h.severity ?? rule.severity).reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return {
    ...producedBy(rule),
    severity,
    title: rule.title,
    trigger: hits.map((h) => h.trigger).join("; "),
    rationale: rule.rationale,
    whatToDo: rule.whatToDo,
    sources: rule.sources,
    evidence: rule.evidence,
    relatedSideEffects: relatedSideEffectsOf(rule),
  };
}

/** The decision the findings suggest: any contraindication → not eligible; any caution → eligible with cautions. */
export function suggestDecision(findings: readonly Pick<Finding, "severity">[]): ScreeningDecision {
  if (findings.some((f) => f.severity === "contraindication")) return "not-eligible";
  if (findings.some((f) => f.severity === "caution")) return "eligible-with-cautions";
  return "eligible";
}

/**
 * Screens a patient for an IV ketamine course: every rule is run, one finding per rule that fires, ordered
 * contraindication → caution → info and then by rule order. Pure and deterministic: "now" is `input.asOf`.
 *
 * @example screen(input).decision // "eligible-with-cautions"
 */
export function screen(input: ScreeningInput): ScreeningResult {
  const ctx = buildContext(input);
  const findings = SCREENING_RULES.map((r) => evaluate(r, ctx))
    .filter((f): f is Finding => f !== null)
    // Array.prototype.sort is stable, so equal severities keep rule order.
    .sort((a, b) => rank(a.severity) - rank(b.severity));
  return { findings, decision: suggestDecision(findings), kbVersion: KB_VERSION };
}

/**
 * Whether the physician's decision overrides a contraindication and so must be recorded with a reason:
 * true when any finding is a contraindication and the physician decides the patient is eligible.
 *
 * @example overrideNeedsReason("eligible-with-cautions", result.findings) // true if a contraindication fired
 */
export function overrideNeedsReason(
  physicianDecision: ScreeningDecision,
  findings: readonly Pick<Finding, "severity">[],
): boolean {
  return physicianDecision !== "not-eligible" && suggestDecision(findings) === "not-eligible";
}
