/** Checking a plan against its protocol's limits in the drug library. */
import { computePlan } from "./compute";
import { DEFAULT_LIBRARY, type DrugLibrary, findProtocol } from "./library";
import { allowed, evaluateLimits, measurePlan } from "./limits";
import type { Patient, Plan, PlanComputation, Violation } from "./types";

export interface PlanCheck {
  /** True when nothing blocks the plan: no hard limit breached and a reason recorded for every soft one. */
  readonly ok: boolean;
  readonly violations: readonly Violation[];
  /** Soft limits breached that still need a reason. */
  readonly reasonsNeeded: readonly string[];
  readonly computation: PlanComputation;
}

/**
 * Compute a plan for a patient and check what it delivers against every limit of its protocol.
 * @example checkPlan(plan, { weight: kg(80), courseId: "c1", history: [] }).ok
 */
export function checkPlan(plan: Plan, patient: Patient, library: DrugLibrary = DEFAULT_LIBRARY): PlanCheck {
  const protocol = findProtocol(plan.protocolId, library);
  const computation = computePlan(plan, patient.weight, {
    history: patient.history,
    courseId: patient.courseId,
    library,
  });
  const violations = evaluateLimits(protocol.limits, measurePlan(computation), plan.overrideReasons);
  return {
    ok: allowed(violations),
    violations,
    reasonsNeeded: violations
      .filter((v) => v.kind === "soft" && v.overrideReason === null)
      .map((v) => v.limitId),
    computation,
  };
}
