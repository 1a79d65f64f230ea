/** Checks a plan must pass before it is saved, approved or extended with boosters. */
import type { PlanCheck } from "../../clinical/dosing";
import type { Executor } from "../../store/db";
import type { Patient } from "../../store/patients";
import { ApiError, type FieldError } from "../errors";
import { planningContext } from "./context";
import { checkPlanFor } from "./dosing";
import type { PlanInput } from "./schemas";
import { confirmationValid, type DosingWeight, isStale, WEIGHT_MAX_AGE_DAYS } from "./weight";

export function unusable(errors: readonly FieldError[]): ApiError {
  return new ApiError(
    "validation.failed",
    `The plan cannot be computed: ${errors.map((e) => `${e.path} ${e.message}`).join("; ")}.`,
    errors,
  );
}

/** Computes a plan for a patient in a transaction; shared by the preview and the save. */
export async function evaluatePlan(
  trx: Executor,
  clinicId: string,
  patient: Patient,
  input: PlanInput,
  previousId: string | null,
  now: Date,
  base: string,
) {
  const context = await planningContext(trx, clinicId, patient, previousId);
  if (!context.weight) {
    throw new ApiError("plan.weight_stale", "No weight is recorded: record the patient's weight first.", [
      { path: `${base}/weightConfirmedAt`, message: "needs a recorded weight to confirm" },
    ]);
  }
  const checked = checkPlanFor(input, context.weight.weightKg, context.courseId, context.history, base);
  if (!checked.ok) throw unusable([checked.error]);
  return {
    context,
    weight: context.weight,
    weightStale: isStale(context.weight.measuredOn, now) && !confirmationValid(input.weightConfirmedAt, now),
    check: checked.check,
  };
}

/**
 * Refuses a plan no physician may save or approve: an unconfirmed stale weight, a hard limit broken, or a soft
 * limit exceeded without a reason.
 */
export function refuseUnsafe(weight: DosingWeight, weightStale: boolean, check: PlanCheck): void {
  if (weightStale) {
    throw new ApiError(
      "plan.weight_stale",
      `The weight (${weight.weightKg} kg) was measured on ${weight.measuredOn}, more than ${WEIGHT_MAX_AGE_DAYS} days ago: re-confirm it.`,
      [
        {
          path: "/plan/weightConfirmedAt",
          message: `is needed: the weight is older than ${WEIGHT_MAX_AGE_DAYS} days`,
        },
      ],
    );
  }
  const hard = check.violations.filter((v) => v.kind === "hard");
  if (hard.length > 0) {
    throw new ApiError(
      "plan.hard_limit",
      hard.map((v) => v.message).join(" "),
      hard.map((v) => ({
        path: `/plan/limits/${v.limitId}`,
        message: `${v.message} Limit ${v.limitId}, sources ${v.sources.join(", ")}.`,
      })),
    );
  }
  if (check.reasonsNeeded.length > 0) {
    throw new ApiError(
      "plan.soft_limit_reason_required",
      "Give a reason for each soft limit the plan exceeds.",
      check.violations
        .filter((v) => v.kind === "soft" && v.overrideReason === null)
        .map((v) => ({ path: `/plan/overrideReasons/${v.limitId}`, message: v.message })),
    );
  }
}
