import { CATALOGUE } from "../catalogue";
import { SIDE_EFFECT_IDS, type SideEffectId } from "../catalogue/types";
import type { ScreeningRule } from "./rules/types";

/** For each rule id, the side effects whose catalogue risk factors name that rule. */
const linkedByCatalogue = new Map<string, Set<SideEffectId>>();
for (const entry of CATALOGUE)
  for (const factor of entry.riskFactors)
    for (const ruleId of factor.screeningRuleIds) {
      const set = linkedByCatalogue.get(ruleId) ?? new Set<SideEffectId>();
      set.add(entry.id);
      linkedByCatalogue.set(ruleId, set);
    }

/**
 * The side effects a finding from this rule should point to: the rule's own list joined with every side effect
 * the catalogue links to the rule, so the two views never disagree. In catalogue id order.
 */
export function relatedSideEffectsOf(rule: Pick<ScreeningRule, "id" | "relatedSideEffects">): SideEffectId[] {
  const all = new Set([...rule.relatedSideEffects, ...(linkedByCatalogue.get(rule.id) ?? [])]);
  return SIDE_EFFECT_IDS.filter((id) => all.has(id));
}
