/**
 * Which conditions hold right now. A condition is what one alert stands for; the lifecycle in
 * `evaluate` decides when it is raised, confirmed, escalated and cleared.
 */
import { isRedFlag, managementFor, sideEffect } from "../catalogue";
import type { Grade, InfusionAction, ManagementStep, SideEffectId } from "../catalogue/types";
import {
  MONITORING_RULES,
  type MonitoringRule,
  RED_FLAG_RULE,
  REJECTED_INPUT_RULE,
  REJECTED_INPUT_STEPS,
  type RuleContext,
  type RuleMeta,
  SIDE_EFFECT_RULE,
} from "./rules";
import type { MonitoringConfig, ThresholdId } from "./thresholds";
import type { EpochMs, MonitoringState, Priority } from "./types";

export interface Condition {
  readonly key: string;
  readonly rule: Pick<RuleMeta, "id" | "version" | "sources" | "evidence">;
  readonly title: string;
  readonly priority: Priority;
  readonly action: InfusionAction;
  readonly sideEffectId: SideEffectId | null;
  readonly steps: readonly ManagementStep[];
  readonly trigger: Readonly<Record<string, number | string>>;
  readonly evidenceAt: EpochMs;
  readonly confirmation: MonitoringRule["confirmation"];
  readonly escalateAfter: ThresholdId | null;
}

export const PRIORITY_RANK: Readonly<Record<Priority, number>> = { low: 0, medium: 1, high: 2 };
export const ACTION_RANK: Readonly<Record<InfusionAction, number>> = {
  continue: 0,
  slow: 1,
  pause: 2,
  stop: 3,
  emergency: 4,
};

/** How urgent a management band's action is, as an alarm priority. */
export function priorityForAction(action: InfusionAction): Priority {
  if (action === "emergency" || action === "stop") return "high";
  if (action === "pause" || action === "slow") return "medium";
  return "low";
}

/** Priority first, then how far the action goes. */
const severity = (c: Pick<Condition, "priority" | "action">): number =>
  PRIORITY_RANK[c.priority] * 10 + ACTION_RANK[c.action];

/** Action, steps and priority of a rule: from the catalogue band when the rule names a side effect. */
export function ruleAdvice(
  rule: MonitoringRule,
): Pick<Condition, "priority" | "action" | "sideEffectId" | "steps"> {
  const r = rule.response;
  if (!("sideEffect" in r))
    return { priority: rule.priority, action: r.action, sideEffectId: null, steps: r.steps };
  const band = managementFor(r.sideEffect, r.grade);
  const redFlag = isRedFlag(r.sideEffect, r.grade);
  return {
    priority: redFlag ? "high" : rule.priority,
    action: redFlag ? "emergency" : band.action,
    sideEffectId: r.sideEffect,
    steps: band.steps,
  };
}

function fromRule(rule: MonitoringRule, ctx: RuleContext): Condition | null {
  const finding = rule.detect(ctx);
  if (!finding) return null;
  return {
    key: rule.family,
    rule,
    title: rule.title,
    ...ruleAdvice(rule),
    trigger: finding.trigger,
    evidenceAt: finding.evidenceAt,
    confirmation: takenByHand(ctx, finding.evidenceAt) ? "immediate" : rule.confirmation,
    escalateAfter: rule.escalateAfter,
  };
}

/** The source of readings a clinician takes and types in, as opposed to a monitor's device id. */
export const MANUAL_SOURCE = "manual";

/**
 * Whether the newest reading behind a finding was taken by a clinician: artefact suppression is for
 * monitor readings (motion, a slipped probe); a value a nurse measured and typed in counts at once.
 */
function takenByHand(ctx: RuleContext, evidenceAt: EpochMs): boolean {
  return Object.values(ctx.state.latest).some((r) => r.at === evidenceAt && r.source === MANUAL_SOURCE);
}

function fromSideEffect(id: SideEffectId, grade: Grade, at: EpochMs): Condition {
  const band = managementFor(id, grade);
  const redFlag = isRedFlag(id, grade);
  const rule = redFlag ? RED_FLAG_RULE : SIDE_EFFECT_RULE;
  const action: InfusionAction = redFlag ? "emergency" : band.action;
  return {
    key: `side-effect:${id}`,
    rule,
    title: `${sideEffect(id).clinicalName}, grade ${grade}${redFlag ? ": red flag" : ""}`,
    priority: redFlag ? "high" : priorityForAction(action),
    action,
    sideEffectId: id,
    steps: band.steps,
    trigger: { sideEffectId: id, grade },
    evidenceAt: at,
    confirmation: "immediate",
    escalateAfter: null,
  };
}

/**
 * Every condition present in this state at `now`, at most one per key: where rules of one family match
 * together, the most severe stands for the family.
 */
export function detectConditions(
  state: MonitoringState,
  now: EpochMs,
  config: MonitoringConfig,
): Condition[] {
  const ctx: RuleContext = { state, now, config };
  const byKey = new Map<string, Condition>();
  const offer = (c: Condition) => {
    const held = byKey.get(c.key);
    if (!held || severity(c) > severity(held)) byKey.set(c.key, c);
  };
  for (const rule of MONITORING_RULES) {
    const c = fromRule(rule, ctx);
    if (c) offer(c);
  }
  for (const [id, report] of Object.entries(state.sideEffects) as [
    SideEffectId,
    { grade: Grade; at: EpochMs },
  ][]) {
    offer(fromSideEffect(id, report.grade, report.at));
  }
  for (const r of Object.values(state.rejected)) {
    offer({
      key: `data-quality:${r.what}`,
      rule: REJECTED_INPUT_RULE,
      title: `${REJECTED_INPUT_RULE.title}: ${r.reason}`,
      priority: "low",
      action: "continue",
      sideEffectId: null,
      steps: REJECTED_INPUT_STEPS,
      trigger: { what: r.what, source: r.source, reason: r.reason },
      evidenceAt: r.at,
      confirmation: "immediate",
      escalateAfter: null,
    });
  }
  return [...byKey.values()];
}
