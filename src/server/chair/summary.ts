/** The analytics summary of a discharged infusion, from its chart, its alert log and the patient's record. */
import { effectiveEntries } from "../../clinical/chair/corrections";
import type { ChartEntry } from "../../clinical/chair/entries";
import type { SessionFacts, SessionView } from "../../clinical/chair/view";
import { sessionAlertLog } from "../../store/chart";
import type { Executor } from "../../store/db";
import { latestSignedEvaluations } from "../../store/evaluations";
import { sessionReports } from "../../store/reports";
import type { InfusionSummary } from "../../store/summaries";

/** Side effects a patient's report named (the triage's reasons and self-care advice), whatever its level. */
export function reportedSideEffects(triage: unknown): string[] {
  const t = triage as {
    reasons?: { sideEffectId?: string }[];
    selfCare?: { sideEffectId?: string }[];
  } | null;
  return [...(t?.reasons ?? []), ...(t?.selfCare ?? [])].flatMap((r) =>
    r.sideEffectId ? [r.sideEffectId] : [],
  );
}

function worstGrades(effective: readonly ChartEntry[]): Record<string, number> {
  const worst: Record<string, number> = {};
  for (const e of effective) {
    if (e.body.kind === "side-effect") {
      worst[e.body.sideEffectId] = Math.max(worst[e.body.sideEffectId] ?? 0, e.body.grade);
    }
  }
  return worst;
}

/** The pain score charted last before the infusion started (or last of all when it never started). */
function painBefore(effective: readonly ChartEntry[], startedAt: number | null): number | null {
  const before = effective.filter(
    (e) => e.body.kind === "score" && e.body.scale === "nrs" && (startedAt === null || e.at <= startedAt),
  );
  const last = before.at(-1)?.body;
  return last?.kind === "score" ? last.value : null;
}

/** The average pain the patient reported most recently after the infusion, if any. */
export function followupPain(reports: readonly { answers: unknown }[]): number | null {
  for (const r of [...reports].reverse()) {
    const pain = (r.answers as { painAverageNrs?: unknown } | null)?.painAverageNrs;
    if (typeof pain === "number") return pain;
  }
  return null;
}

export async function summarise(
  db: Executor,
  clinicId: string,
  input: { facts: SessionFacts; view: SessionView; entries: readonly ChartEntry[]; patientId: string },
): Promise<InfusionSummary> {
  const { facts, view, patientId } = input;
  const effective = effectiveEntries(input.entries);
  const [log, reports, evaluations] = await Promise.all([
    sessionAlertLog(db, clinicId, facts.sessionId),
    sessionReports(db, clinicId, facts.sessionId),
    latestSignedEvaluations(db, clinicId, [patientId]),
  ]);
  const alertId = (a: { alertKey: string; raisedAt: Date }) => `${a.alertKey}@${a.raisedAt.getTime()}`;
  const raised = new Map(log.filter((l) => l.change === "raised").map((l) => [alertId(l), l]));
  const acknowledged = new Set(log.filter((l) => l.change === "acknowledged").map(alertId));
  const actedKeys = new Set(
    effective.flatMap((e) => (e.body.kind === "intervention" && e.body.forAlert ? [e.body.forAlert] : [])),
  );
  const grades = worstGrades(effective);
  const reported = reports.flatMap((r) => reportedSideEffects(r.triage));
  const content = evaluations.get(patientId)?.content as { indication?: { primary?: string } } | undefined;
  return {
    sessionId: facts.sessionId,
    patientId,
    protocolId: facts.plan.protocolId ?? "custom",
    indication: content?.indication?.primary ?? null,
    dischargedAt: new Date(view.discharge.dischargedAt ?? Date.now()),
    deliveredDoseMg: view.infusion.doseDeliveredMg,
    doseMgPerKg: facts.plan.weightKg > 0 ? view.infusion.doseDeliveredMg / facts.plan.weightKg : 0,
    sideEffects: grades,
    sideEffectIds: [...new Set([...Object.keys(grades), ...reported])].sort(),
    alerts: raised.size,
    alertsAcknowledged: [...raised.keys()].filter((id) => acknowledged.has(id)).length,
    alertsActedOn: [...raised.values()].filter((l) => actedKeys.has(l.alertKey)).length,
    painBefore: painBefore(effective, view.infusion.startedAt),
    painFollowup: followupPain(reports),
  };
}
