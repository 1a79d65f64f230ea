/**
 * Whether to carry on with infusions: a suggestion for the physician, who decides. Every rule that applies
 * gives a reason; the strongest recommendation wins (stop > pause > adjust > continue). Rules are data with
 * provenance; the pain response uses IMMPACT because the guideline's own definition is not verified.
 */
import { sideEffect } from "../catalogue";
import type { Grade, SideEffectId } from "../catalogue/types";
import { IMMPACT_RESPONSE, painResponse, type ResponseClass } from "../outcomes/response";
import { type ProducedBy, type Provenance, producedBy } from "../provenance";
import type { Severity } from "../screening/rules/types";
import { type Mg, mg } from "../units";
import { type CheckinResponse, PRO_ITEMS, redFlagQuestion } from "./pro-items";

export type Recommendation = "continue" | "adjust" | "pause" | "stop";
const STRENGTH: readonly Recommendation[] = ["continue", "adjust", "pause", "stop"];

export const LIVER_TESTS = ["ALT", "AST", "ALP", "GGT", "bilirubin"] as const;
export type LiverTestName = (typeof LIVER_TESTS)[number];

export interface LiverTest {
  readonly name: LiverTestName;
  readonly value: number;
  /** The laboratory's upper limit of normal, in the same unit as the value. */
  readonly upperLimitOfNormal: number;
}

export type UrinaryStatus = "none" | "symptoms" | "red-flag";

export interface ScreeningSnapshot {
  readonly findings: readonly {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly title: string;
    readonly sources: readonly string[];
  }[];
}

export interface ContinuationInput {
  readonly loadingCourseComplete: boolean;
  /** Pain (NRS 0–10) before the course and now; null when not scored. */
  readonly pain: { readonly beforeCourseNrs: number; readonly nowNrs: number } | null;
  /** Side effects charted or reported since the last review, with their CTCAE grades. */
  readonly sideEffects: readonly { readonly id: SideEffectId; readonly grade: Grade }[];
  /** Warning-sign questions answered "yes" since the last review (question ids). */
  readonly redFlagReports: readonly string[];
  /** The screening the course was approved on, and the latest one. */
  readonly approvedScreening: ScreeningSnapshot | null;
  readonly latestScreening: ScreeningSnapshot | null;
  readonly urinary: UrinaryStatus;
  /** The latest liver tests. */
  readonly liverTests: readonly LiverTest[];
  readonly cumulativeDose: Mg;
}

export interface ContinuationConfig {
  /** Lifetime dose at which the plan is reviewed. */
  readonly cumulativeDoseReview: Mg;
}

export const CUMULATIVE_DOSE_REVIEW: Provenance & { readonly value: number; readonly unit: "mg" } = {
  id: "fu.cont.cumulative-dose-level",
  version: "1.0.0",
  sources: ["S7", "S52", "S53", "S55"],
  evidence: "practice-default",
  value: 1000,
  unit: "mg",
};

export const DEFAULT_CONTINUATION_CONFIG: ContinuationConfig = {
  cumulativeDoseReview: mg(CUMULATIVE_DOSE_REVIEW.value),
};

/** CTCAE v5.0 grade 2 starts at these multiples of the upper limit of normal (baseline normal). */
export const LIVER_GRADE_2_FROM_ULN: Readonly<Record<LiverTestName, number>> = {
  ALT: 3,
  AST: 3,
  ALP: 2.5,
  GGT: 2.5,
  bilirubin: 1.5,
};

export interface ContinuationReason {
  readonly ruleId: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export interface ContinuationRule extends Provenance {
  readonly recommendation: Recommendation;
  readonly title: string;
  /** The reason text when the rule applies, or null. */
  readonly applies: (input: ContinuationInput, config: ContinuationConfig) => string | null;
  /** Sources of the evidence behind this particular hit (e.g. the screening finding's), added to the rule's. */
  readonly extraSources?: (input: ContinuationInput) => readonly string[];
}

const rule = (r: Omit<ContinuationRule, "version"> & { version?: string }): ContinuationRule => ({
  version: "1.0.0",
  ...r,
});

/** The IMMPACT class of the fall in pain over the course; null when not scored or no pain before. */
const responseClass = (input: ContinuationInput): ResponseClass | null =>
  input.pain === null ? null : painResponse(input.pain.beforeCourseNrs, input.pain.nowNrs).responseClass;

const reductionText = (input: ContinuationInput): string => {
  const p = input.pain!;
  return `pain ${p.beforeCourseNrs} → ${p.nowNrs}/10 after the loading course`;
};

const newContraindications = (input: ContinuationInput) => {
  const before = new Set(
    (input.approvedScreening?.findings ?? [])
      .filter((f) => f.severity === "contraindication")
      .map((f) => f.ruleId),
  );
  return (input.latestScreening?.findings ?? []).filter(
    (f) => f.severity === "contraindication" && !before.has(f.ruleId),
  );
};

const effectsWhere = (
  input: ContinuationInput,
  test: (id: SideEffectId, grade: Grade) => boolean,
): string[] => [
  ...new Set(input.sideEffects.filter((s) => test(s.id, s.grade)).map((s) => sideEffect(s.id).clinicalName)),
];

const liverAbove = (input: ContinuationInput, multiple: (name: LiverTestName) => number): string[] =>
  input.liverTests
    .filter((t) => t.upperLimitOfNormal > 0 && t.value > multiple(t.name) * t.upperLimitOfNormal)
    .map((t) => `${t.name} ${Math.round((t.value / t.upperLimitOfNormal) * 10) / 10}× ULN`);

const list = (items: readonly string[]): string => items.join(", ");

export const CONTINUATION_RULES: readonly ContinuationRule[] = [
  rule({
    id: "fu.cont.effect-contraindicates",
    recommendation: "stop",
    title: "A side effect that rules out further infusions",
    sources: ["S23", "S56"],
    evidence: "sourced",
    applies: (input) => {
      const hit = effectsWhere(input, (id) => sideEffect(id).contraindicatesFurtherInfusions === "yes");
      return hit.length === 0 ? null : `${list(hit)}: the catalogue rules out further infusions.`;
    },
  }),
  rule({
    id: "fu.cont.new-contraindication",
    recommendation: "stop",
    title: "A contraindication that appeared since the course was approved",
    sources: ["S130"],
    evidence: "practice-default",
    applies: (input) => {
      const hit = newContraindications(input);
      return hit.length === 0
        ? null
        : `New contraindication in the latest screening: ${list(hit.map((f) => f.title))}.`;
    },
    extraSources: (input) => newContraindications(input).flatMap((f) => f.sources),
  }),
  rule({
    id: "fu.cont.bladder-red-flag",
    recommendation: "stop",
    title: "Blood in the urine or severe bladder pain",
    sources: ["S56", "S104"],
    evidence: "practice-default",
    applies: (input) =>
      input.urinary === "red-flag"
        ? "Blood in the urine or severe bladder pain: stop further infusions and refer to urology."
        : null,
  }),
  rule({
    id: "fu.cont.no-response",
    recommendation: "stop",
    title: "No response after the loading course",
    sources: ["S74", "S4", "S89"],
    evidence: "practice-default",
    applies: (input) => {
      const c = responseClass(input);
      return input.loadingCourseComplete && (c === "none" || c === "worse")
        ? `No important fall in pain (${reductionText(input)}, below IMMPACT's 10%): a defined endpoint was reached without benefit.`
        : null;
    },
  }),
  rule({
    id: "fu.cont.grade-3",
    recommendation: "pause",
    title: "A side effect of grade 3 or higher",
    sources: ["S132"],
    evidence: "practice-default",
    applies: (input) => {
      const hit = effectsWhere(input, (_, grade) => grade >= 3);
      return hit.length === 0
        ? null
        : `${list(hit)} at CTCAE grade 3 or higher: pause and review before the next infusion.`;
    },
  }),
  rule({
    id: "fu.cont.effect-needs-review",
    recommendation: "pause",
    title: "A side effect that needs a physician's review before more infusions",
    sources: ["S25", "S101", "S26", "S24"],
    evidence: "practice-default",
    applies: (input) => {
      const hit = effectsWhere(input, (id) => sideEffect(id).contraindicatesFurtherInfusions === "review");
      return hit.length === 0 ? null : `${list(hit)}: a physician reviews before any further infusion.`;
    },
  }),
  rule({
    id: "fu.cont.red-flag-report",
    recommendation: "pause",
    title: "A warning sign reported at home",
    sources: ["S63", "S124"],
    evidence: "practice-default",
    applies: (input) => {
      const hit = input.redFlagReports.map((id) => redFlagQuestion(id)?.clinicalMeaning ?? id);
      return hit.length === 0 ? null : `Warning sign reported at home: ${list(hit)}`;
    },
    extraSources: (input) => input.redFlagReports.flatMap((id) => redFlagQuestion(id)?.sources ?? []),
  }),
  rule({
    id: "fu.cont.urinary-symptoms",
    recommendation: "pause",
    title: "New urinary symptoms",
    sources: ["S56", "S117", "S55"],
    evidence: "practice-default",
    applies: (input) =>
      input.urinary === "symptoms"
        ? "Urinary frequency, urgency or pain reported: pause, test the urine and consider urology review; stopping early helps the bladder recover."
        : null,
  }),
  rule({
    id: "fu.cont.liver-grade-2",
    recommendation: "pause",
    title: "Liver tests at CTCAE grade 2 or higher",
    sources: ["S132", "S24", "S52"],
    evidence: "practice-default",
    applies: (input) => {
      const hit = liverAbove(input, (n) => LIVER_GRADE_2_FROM_ULN[n]);
      return hit.length === 0
        ? null
        : `Liver tests raised (${list(hit)}): pause and review before more infusions.`;
    },
  }),
  rule({
    id: "fu.cont.liver-above-uln",
    recommendation: "adjust",
    title: "Liver tests above normal",
    sources: ["S132", "S24", "S130"],
    evidence: "practice-default",
    applies: (input) => {
      const all = liverAbove(input, () => 1);
      const grade2 = liverAbove(input, (n) => LIVER_GRADE_2_FROM_ULN[n]);
      return all.length > grade2.length
        ? `Liver tests above normal (${list(all)}): repeat them before the next course and weigh a lower dose.`
        : null;
    },
  }),
  rule({
    id: "fu.cont.response-not-scored",
    recommendation: "pause",
    title: "Pain not scored after the loading course",
    sources: ["S4", "S74"],
    evidence: "practice-default",
    applies: (input) =>
      input.loadingCourseComplete && responseClass(input) === null
        ? "Pain was not scored before and after the loading course: reassess before further treatment."
        : null,
  }),
  rule({
    id: "fu.cont.minimal-response",
    recommendation: "adjust",
    title: "Only a minimal response after the loading course",
    sources: ["S74", "S4"],
    evidence: "practice-default",
    applies: (input) =>
      input.loadingCourseComplete && responseClass(input) === "minimal"
        ? `Minimal response only (${reductionText(input)}, under IMMPACT's 30%): change the plan or stop.`
        : null,
  }),
  rule({
    id: "fu.cont.cumulative-dose",
    recommendation: "adjust",
    title: "Lifetime dose at the review level",
    sources: CUMULATIVE_DOSE_REVIEW.sources,
    evidence: "practice-default",
    applies: (input, config) =>
      input.cumulativeDose >= config.cumulativeDoseReview
        ? `Lifetime dose ${input.cumulativeDose} mg is at or above the review level of ${config.cumulativeDoseReview} mg: review the need, the dose and the interval.`
        : null,
  }),
  rule({
    id: "fu.cont.responding",
    recommendation: "continue",
    title: "A moderate or substantial response",
    sources: IMMPACT_RESPONSE.sources,
    evidence: "sourced",
    applies: (input) => {
      const c = responseClass(input);
      return input.loadingCourseComplete && (c === "moderate" || c === "substantial")
        ? `A ${c} response (${reductionText(input)}, IMMPACT).`
        : null;
    },
  }),
  rule({
    id: "fu.cont.course-running",
    recommendation: "continue",
    title: "Loading course not yet complete",
    sources: ["S4"],
    evidence: "practice-default",
    applies: (input) =>
      input.loadingCourseComplete
        ? null
        : "The loading course is still running; the response is judged after it.",
  }),
];

export const CONTINUATION_RULESET: Provenance = {
  id: "fu.continuation",
  version: "1.0.0",
  sources: ["S74", "S132", "S4"],
  evidence: "practice-default",
};

export interface ContinuationResult {
  readonly recommendation: Recommendation;
  /** Every rule that applied, strongest first. */
  readonly reasons: readonly ContinuationReason[];
  readonly producedBy: ProducedBy;
}

/**
 * The suggested next step for a patient's infusions, with the reason from every rule that applied.
 * @example continuationRecommendation({ ...input, urinary: "red-flag" }).recommendation // "stop"
 */
export function continuationRecommendation(
  input: ContinuationInput,
  config: ContinuationConfig = DEFAULT_CONTINUATION_CONFIG,
): ContinuationResult {
  const hits = CONTINUATION_RULES.flatMap((r) => {
    const text = r.applies(input, config);
    if (text === null) return [];
    const sources = [...new Set([...r.sources, ...(r.extraSources?.(input) ?? [])])];
    return [{ rule: r, reason: { ruleId: r.id, text, sources } }];
  }).sort((a, b) => STRENGTH.indexOf(b.rule.recommendation) - STRENGTH.indexOf(a.rule.recommendation));
  const strongest = hits[0]?.rule.recommendation ?? "continue";
  const clinic = config.cumulativeDoseReview !== DEFAULT_CONTINUATION_CONFIG.cumulativeDoseReview;
  return {
    recommendation: strongest,
    reasons: hits.map((h) => h.reason),
    producedBy: producedBy(
      clinic ? { ...CONTINUATION_RULESET, version: "1.0.0+clinic" } : CONTINUATION_RULESET,
    ),
  };
}

const URINARY_ITEMS = new Set(
  PRO_ITEMS.filter((i) => i.sideEffectId === "ketamine-cystitis").map((i) => i.id),
);

/**
 * What check-in responses say about the bladder: "red-flag" for a yes to blood in the urine or severe bladder
 * pain, "symptoms" for any urinary answer above 0, otherwise "none".
 */
export function urinaryStatus(responses: readonly CheckinResponse[]): UrinaryStatus {
  if (responses.some((r) => r.redFlags.some((f) => f.answer && f.questionId === "fu.red-flag.bladder")))
    return "red-flag";
  const any = responses.some((r) =>
    r.symptoms.some((s) => URINARY_ITEMS.has(s.itemId) && Object.values(s.answers).some((v) => (v ?? 0) > 0)),
  );
  return any ? "symptoms" : "none";
}
