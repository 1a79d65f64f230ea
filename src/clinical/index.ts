/**
 * The clinical core's public API for the store, server and web layers. Re-exports only: the logic lives in
 * the modules, and a name that two modules both use is renamed here after the module it comes from.
 */

// Side-effect catalogue
export { byTier, CATALOGUE, isRedFlag, managementFor, sideEffect } from "./catalogue";
export { fleschKincaidGrade } from "./catalogue/readability";
export { renderCatalogueMarkdown } from "./catalogue/render-markdown";
export * from "./catalogue/types";
// Infusion chair
export * from "./chair/alerts-view";
export * from "./chair/config";
export * from "./chair/corrections";
export * from "./chair/discharge-sheet";
export * from "./chair/entries";
export * from "./chair/gate";
export * from "./chair/gate-items";
export * from "./chair/infusion";
export * from "./chair/monitoring-events";
export * from "./chair/project";
export * from "./chair/rate-limits";
export * from "./chair/readiness";
export { renderChairMarkdown } from "./chair/render-markdown";
export * from "./chair/sheet-advice";
export * from "./chair/side-effects-view";
export * from "./chair/signals";
export * from "./chair/timeline";
export { type EntryOptions, type EntryProblem, entryProblem } from "./chair/transitions";
export type * from "./chair/view";
export { PHASES } from "./chair/view";
// Dosing and the drug library
export * from "./dosing";
// Follow-up
export * from "./followup";
// Medications
export {
  INTERACTION_CLASS_IDS,
  INTERACTION_CLASSES,
  type InteractionClass,
  type InteractionClassId,
  interactionClass,
} from "./medications/classes";
export {
  COMBINATIONS,
  type CombinationProduct,
  INGREDIENTS,
  type IngredientEntry,
} from "./medications/dictionary";
export {
  classesOfIngredient,
  lookupMedication,
  type MatchKind,
  type MedicationLookup,
  type MedicationMatch,
  type MedicationUnmatched,
} from "./medications/lookup";
export { normaliseMedicationName } from "./medications/normalise";
// Monitoring and alerts
export {
  applyEvent,
  CANONICAL_UNIT,
  checksDue,
  configureMonitoring,
  DEFAULT_MONITORING_CONFIG,
  evaluate,
  initialMonitoringState,
  MONITORING_RULES,
  type MonitoringConfig,
  type MonitoringRule,
  normaliseScore,
  normaliseVital,
  priorityForAction,
  RED_FLAG_RULE,
  REJECTED_INPUT_RULE,
  type RuleMeta,
  SIDE_EFFECT_RULE,
  THRESHOLDS as MONITORING_THRESHOLDS,
  type Threshold as MonitoringThreshold,
  type ThresholdId as MonitoringThresholdId,
  threshold as monitoringThreshold,
} from "./monitoring";
export { renderMonitoringMarkdown } from "./monitoring/render-markdown";
export { REJECTED_INPUT_STEPS } from "./monitoring/rules";
export {
  CHECK_SCHEDULES,
  CHECK_WINDOW,
  type Check,
  type CheckKind,
  type CheckSchedule,
} from "./monitoring/schedule";
export * from "./monitoring/types";
// Outcomes: response, discharge readiness, benefit and risk
export {
  BENEFIT_RISK_RULE,
  type BenefitRiskSummary,
  benefitRisk,
  type InfusionRecord,
  type InfusionSummary,
} from "./outcomes/benefit-risk";
export {
  DEFAULT_DISCHARGE_CONFIG,
  DISCHARGE_CRITERIA,
  DISCHARGE_READINESS_RULE,
  type DischargeConfig,
  type DischargeCriterion,
  type DischargeInput,
  type DischargeObservation,
  type DischargeReadiness,
  dischargeReadiness,
  type UnmetCriterion,
} from "./outcomes/discharge";
export {
  classify as classifyPainResponse,
  IMMPACT_RESPONSE,
  type PainResponse,
  painResponse,
  type ResponseClass,
  type ResponseRule,
} from "./outcomes/response";
// Pharmacokinetics
export * from "./pk";
// Provenance and sources
export {
  citationProblems,
  type Evidence,
  KB_VERSION,
  type ProducedBy,
  type Provenance,
  producedBy,
} from "./provenance";
// Scores
export * from "./scores";
export { renderScoresMarkdown } from "./scores/render-markdown";
// Screening
export * from "./screening/input";
export { renderScreeningMarkdown } from "./screening/markdown";
export { SCREENING_RULES } from "./screening/rules";
export { type RuleHit, type ScreeningRule, SEVERITY_ORDER, type Severity } from "./screening/rules/types";
export {
  type Finding as ScreeningFinding,
  overrideNeedsReason,
  type ScreeningDecision,
  type ScreeningResult,
  screen,
  suggestDecision,
} from "./screening/screen";
export {
  type ScreeningThreshold,
  THRESHOLD_LIST as SCREENING_THRESHOLD_LIST,
  THRESHOLDS as SCREENING_THRESHOLDS,
} from "./screening/thresholds";
export { isKnownSource, SOURCES, type Source, type SourceKind, sourceById } from "./sources/registry";
// Quantities and units
export * from "./units";
