/**
 * A patient's benefit–risk picture for the clinic: pain over time and its response class, each infusion's
 * dose and side effects, cumulative dose, the continuation recommendation and the long-term checks due.
 */
import type { Grade, SideEffectId } from "../../clinical/catalogue/types";
import {
  type ContinuationResult,
  continuationRecommendation,
  urinaryStatus,
} from "../../clinical/followup/continuation";
import { type LongTermDue, longTermDue } from "../../clinical/followup/long-term";
import type { CheckinResponse } from "../../clinical/followup/pro-items";
import { benefitRisk } from "../../clinical/outcomes/benefit-risk";
import type { LabResult } from "../../clinical/screening/input";
import type { Finding } from "../../clinical/screening/screen";
import { mg } from "../../clinical/units";
import type { Executor } from "../../store/db";
import { getEvaluation, listEvaluations } from "../../store/evaluations";
import { upcomingSessions } from "../../store/schedule";
import type { PatientJourney } from "./patient-data";

const LIVER_LABS = new Set(["ALT", "AST", "ALP", "GGT"]);
/** Conditions and findings that put a patient at risk of liver injury (baseline dysfunction, alcohol misuse). */
const LIVER_RISK = /hepatic|liver|alcohol|hepatitis/i;

interface EvaluationContent {
  readonly labs?: readonly LabResult[];
  readonly exposure?: { readonly lifetimeMg?: number };
}

const snapshot = (findings: readonly Finding[]) => ({
  findings: findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title,
    sources: f.sources,
  })),
});

/** The patient's signed evaluations, oldest first, with their content and findings. */
async function signedEvaluations(db: Executor, clinicId: string, patientId: string) {
  const list = await listEvaluations(db, clinicId, patientId);
  const full = await Promise.all(list.map((e) => getEvaluation(db, clinicId, patientId, e.id)));
  return full
    .filter((e): e is NonNullable<typeof e> => e !== null && e.signature !== null)
    .sort((a, b) => a.version - b.version);
}

export interface Outcomes {
  readonly infusions: {
    sessionId: string;
    dischargedAt: number;
    deliveredDoseMg: number;
    doseMgPerKg: number;
    sideEffects: Record<string, number>;
    sideEffectCount: number;
    /** Effects the patient reported after this infusion that were not charted at the chair (no grade). */
    reportedAtHome: string[];
    worstGrade: number | null;
    alerts: number;
  }[];
  readonly cumulativeDoseMg: number;
  readonly benefitRisk: ReturnType<typeof benefitRisk>;
  readonly continuation: ContinuationResult;
  readonly longTerm: LongTermDue[];
  /** Warning-sign questions answered "yes" in the patient's reports from home (each answer counts once). */
  readonly warningSignsReported: number;
}

export async function patientOutcomes(
  db: Executor,
  clinicId: string,
  patientId: string,
  journey: PatientJourney,
  now: Date,
): Promise<Outcomes> {
  const [evaluations, upcoming] = await Promise.all([
    signedEvaluations(db, clinicId, patientId),
    upcomingSessions(db, clinicId, patientId, now),
  ]);
  const latest = evaluations.at(-1) ?? null;
  const content = (latest?.content ?? {}) as EvaluationContent;
  const earlierMg = content.exposure?.lifetimeMg ?? 0;
  const infusions = journey.infusions.map((s) => {
    const grades = Object.values(s.sideEffects);
    return {
      sessionId: s.sessionId,
      dischargedAt: s.dischargedAt.getTime(),
      deliveredDoseMg: s.deliveredDoseMg,
      doseMgPerKg: s.doseMgPerKg,
      sideEffects: { ...s.sideEffects },
      sideEffectCount: s.sideEffectIds.length,
      reportedAtHome: s.sideEffectIds.filter((id) => !(id in s.sideEffects)),
      worstGrade: grades.length === 0 ? null : Math.max(...grades),
      alerts: s.alerts,
    };
  });
  const cumulativeDoseMg = earlierMg + infusions.reduce((t, i) => t + i.deliveredDoseMg, 0);
  const responses = journey.reports.map((r) => r.answers as CheckinResponse);
  const labs = content.labs ?? [];
  const labTimes = (names: (n: string) => boolean) =>
    labs.filter((l) => names(l.name)).map((l) => new Date(l.takenOn).getTime());
  const charted = infusions.flatMap((i) =>
    Object.entries(i.sideEffects).map(([id, grade]) => ({ id: id as SideEffectId, grade: grade as Grade })),
  );
  const continuation = continuationRecommendation({
    loadingCourseComplete: infusions.length > 0 && upcoming.length === 0,
    pain: journey.response
      ? { beforeCourseNrs: journey.response.before, nowNrs: journey.response.after }
      : null,
    sideEffects: charted,
    redFlagReports: [
      ...new Set(responses.flatMap((r) => r.redFlags.filter((f) => f.answer).map((f) => f.questionId))),
    ],
    approvedScreening: evaluations[0] ? snapshot(evaluations[0].findings) : null,
    latestScreening: latest ? snapshot(latest.findings) : null,
    urinary: urinaryStatus(responses),
    // Lab values are recorded without the laboratory's reference range, so they are not graded here.
    liverTests: [],
    cumulativeDose: mg(cumulativeDoseMg),
  });
  const longTerm = longTermDue({
    now: now.getTime(),
    infusions: infusions.map((i) => ({ at: i.dischargedAt, dose: mg(i.deliveredDoseMg) })),
    urinaryScreens: labTimes((n) => n === "urinalysis"),
    liverPanels: labTimes((n) => LIVER_LABS.has(n)),
    misuseScreens: [],
    nextCourseStartsAt: upcoming[0]?.startsAt.getTime() ?? null,
    liverRisk: (latest?.findings ?? []).some((f) => LIVER_RISK.test(`${f.ruleId} ${f.title}`)),
  });
  const records = journey.infusions.map((s) => ({
    sessionId: s.sessionId,
    at: s.dischargedAt.getTime(),
    dose: mg(s.deliveredDoseMg),
    painBefore: s.painBefore === null ? null : Math.round(s.painBefore),
    painAfter: s.painFollowup === null ? null : Math.round(s.painFollowup),
    sideEffects: Object.entries(s.sideEffects).map(([id, grade]) => ({
      id: id as SideEffectId,
      grade: grade as Grade,
    })),
  }));
  const warningSignsReported = responses.reduce((t, r) => t + r.redFlags.filter((f) => f.answer).length, 0);
  return {
    infusions,
    cumulativeDoseMg,
    benefitRisk: benefitRisk(records),
    continuation,
    longTerm,
    warningSignsReported,
  };
}
