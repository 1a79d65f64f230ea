export { BOLUS_RULE, MAX_PUSH_CONCENTRATION, minimumBolusDuration } from "./bolus";
export { checkPlan, type PlanCheck } from "./check";
export { type ComputeOptions, computePlan, orderedRate, PlanError } from "./compute";
export { type CumulativeDose, cumulativeDose } from "./cumulative";
export { type Dilution, prepareDilution, USUAL_INFUSION_CONCENTRATION, VIAL_STRENGTHS } from "./formulations";
export {
  ASRA_STARTING_DOSE,
  CLEVELAND,
  COMMON_LIMITS,
  CRPS_CONTINUOUS,
  CUSTOM,
  DEFAULT_LIBRARY,
  type DrugLibrary,
  findProtocol,
  PROTOCOLS,
  SCHWARTZMAN,
  withLimitValues,
} from "./library";
export { allowed, breaches, checkInfusionRate, evaluateLimits, type Measures, measurePlan } from "./limits";
export { plannedDoses } from "./planned-doses";
export { type AdministrationRecord, doseDeliveredUpTo, dosesUpTo } from "./rate-history";
export { renderDosingDoc } from "./render-doc";
export { DEFAULT_PUMP_RESOLUTION, type RoundingDirection, roundToPump } from "./rounding";
export * from "./types";
