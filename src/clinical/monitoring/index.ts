export { priorityForAction } from "./conditions";
export { evaluate } from "./evaluate";
export { CANONICAL_UNIT, normaliseScore, normaliseVital } from "./readings";
export {
  MONITORING_RULES,
  type MonitoringRule,
  RED_FLAG_RULE,
  REJECTED_INPUT_RULE,
  type RuleMeta,
  SIDE_EFFECT_RULE,
} from "./rules";
export type * from "./schedule";
export { checksDue } from "./schedule";
export { applyEvent, initialMonitoringState } from "./state";
export {
  configureMonitoring,
  DEFAULT_MONITORING_CONFIG,
  type MonitoringConfig,
  THRESHOLDS,
  type Threshold,
  type ThresholdId,
  threshold,
} from "./thresholds";
export type * from "./types";
