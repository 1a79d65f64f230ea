/**
 * A per-patient view across infusions: how much pain fell, what side effects came with it and how much
 * ketamine the patient has had in total. It puts the three side by side; it does not weigh them.
 */
import { isRedFlag } from "../catalogue";
import type { Grade, SideEffectId } from "../catalogue/types";
import { type ProducedBy, type Provenance, producedBy } from "../provenance";
import { type Mg, mg } from "../units";
import { type PainResponse, painResponse } from "./response";

export interface InfusionRecord {
  readonly sessionId: string;
  readonly at: number;
  readonly dose: Mg;
  /** NRS 0–10 before and at the end of the infusion; null when not recorded. */
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly sideEffects: readonly { readonly id: SideEffectId; readonly grade: Grade }[];
}

export interface InfusionSummary {
  readonly sessionId: string;
  readonly at: number;
  readonly dose: Mg;
  readonly cumulativeDose: Mg;
  readonly pain: PainResponse | null;
  readonly sideEffectCount: number;
  readonly worstGrade: Grade | null;
  readonly redFlags: readonly SideEffectId[];
}

export interface BenefitRiskSummary extends ProducedBy {
  readonly infusions: readonly InfusionSummary[];
  readonly totals: {
    readonly infusions: number;
    readonly cumulativeDose: Mg;
    /** Infusions with at least a moderate (≥ 30%) fall in pain. */
    readonly responders: number;
    /** Infusions with both pain scores recorded and pain above 0 before. */
    readonly assessed: number;
    readonly sideEffectCount: number;
    readonly worstGrade: Grade | null;
    readonly redFlagCount: number;
  };
}

export const BENEFIT_RISK_RULE: Provenance = {
  id: "out.benefit-risk",
  version: "1.0.0",
  sources: ["S74", "S80", "S132"],
  evidence: "sourced",
};

const worst = (grades: readonly Grade[]): Grade | null =>
  grades.length === 0 ? null : (Math.max(...grades) as Grade);

/**
 * Summarise a patient's infusions in time order: pain change (IMMPACT class), side-effect count and worst
 * CTCAE grade per infusion, and the running total dose.
 * @example benefitRisk([{ sessionId: "s1", at, dose: mg(80), painBefore: 8, painAfter: 4, sideEffects: [] }]).totals.responders // 1
 */
export function benefitRisk(records: readonly InfusionRecord[]): BenefitRiskSummary {
  const ordered = [...records].sort((a, b) => a.at - b.at || (a.sessionId < b.sessionId ? -1 : 1));
  let running = 0;
  const infusions = ordered.map((r): InfusionSummary => {
    running += r.dose;
    return {
      sessionId: r.sessionId,
      at: r.at,
      dose: r.dose,
      cumulativeDose: mg(running),
      pain: r.painBefore !== null && r.painAfter !== null ? painResponse(r.painBefore, r.painAfter) : null,
      sideEffectCount: r.sideEffects.length,
      worstGrade: worst(r.sideEffects.map((s) => s.grade)),
      redFlags: r.sideEffects.filter((s) => isRedFlag(s.id, s.grade)).map((s) => s.id),
    };
  });
  const assessed = infusions.filter((i) => i.pain?.responseClass != null);
  return {
    ...producedBy(BENEFIT_RISK_RULE),
    infusions,
    totals: {
      infusions: infusions.length,
      cumulativeDose: mg(running),
      responders: assessed.filter(
        (i) => i.pain?.responseClass === "moderate" || i.pain?.responseClass === "substantial",
      ).length,
      assessed: assessed.length,
      sideEffectCount: infusions.reduce((n, i) => n + i.sideEffectCount, 0),
      worstGrade: worst(infusions.flatMap((i) => (i.worstGrade === null ? [] : [i.worstGrade]))),
      redFlagCount: infusions.reduce((n, i) => n + i.redFlags.length, 0),
    },
  };
}
