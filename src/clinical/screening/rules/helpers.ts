import { conditionLabel, type ScreeningContext } from "../context";
import type { ConditionCode } from "../input";
import type { RuleHit, Severity } from "./types";

/**
 * An evaluate function that fires once per listed condition the patient has, at the severity of its group.
 * @example onConditions([["contraindication", ["pregnancy"]], ["caution", ["breastfeeding"]]])
 */
export function onConditions(
  groups: readonly (readonly [Severity, readonly ConditionCode[]])[],
): (ctx: ScreeningContext) => RuleHit[] {
  return (ctx) =>
    groups.flatMap(([severity, codes]) =>
      ctx.present(codes).map((c) => ({ trigger: conditionLabel(c), severity })),
    );
}
