/**
 * One row per discharged infusion with the figures analytics aggregate. Derived from the chart and the
 * patient's reports and rewritten whenever they change, so it is safe to rebuild.
 */
import { sql } from "kysely";
import type { Executor } from "./db";

export interface InfusionSummary {
  readonly sessionId: string;
  readonly patientId: string;
  readonly protocolId: string;
  readonly indication: string | null;
  readonly dischargedAt: Date;
  readonly deliveredDoseMg: number;
  readonly doseMgPerKg: number;
  /** Worst charted grade per side effect. */
  readonly sideEffects: Readonly<Record<string, number>>;
  /** Every side effect charted during the infusion or reported after it. */
  readonly sideEffectIds: readonly string[];
  readonly alerts: number;
  readonly alertsAcknowledged: number;
  readonly alertsActedOn: number;
  readonly painBefore: number | null;
  readonly painFollowup: number | null;
}

/** Writes (or rewrites) the summary of an infusion. */
export async function saveSummary(
  db: Executor,
  clinicId: string,
  s: InfusionSummary,
  at: Date,
): Promise<void> {
  const row = {
    ...s,
    sideEffects: JSON.stringify(s.sideEffects),
    sideEffectIds: [...s.sideEffectIds],
    computedAt: at,
  };
  await db
    .insertInto("infusionSummaries")
    .values({ clinicId, ...row })
    .onConflict((oc) => oc.columns(["clinicId", "sessionId"]).doUpdateSet(row))
    .execute();
}

/** Adds what a patient reported after an infusion to its summary (if it has one yet). */
export async function addReportToSummary(
  db: Executor,
  clinicId: string,
  sessionId: string,
  report: { sideEffectIds: readonly string[]; averagePain: number | null },
  at: Date,
): Promise<void> {
  await db
    .updateTable("infusionSummaries")
    .set({
      sideEffectIds: sql`array(select distinct unnest(side_effect_ids || ${sql.val([...report.sideEffectIds])}::text[]))`,
      painFollowup: report.averagePain === null ? sql`pain_followup` : report.averagePain,
      computedAt: at,
    })
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .execute();
}

export async function patientSummaries(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<InfusionSummary[]> {
  const rows = await db
    .selectFrom("infusionSummaries")
    .selectAll()
    .where("clinicId", "=", clinicId)
    .where("patientId", "=", patientId)
    .orderBy("dischargedAt")
    .execute();
  return rows.map((r) => ({
    sessionId: r.sessionId,
    patientId: r.patientId,
    protocolId: r.protocolId,
    indication: r.indication,
    dischargedAt: r.dischargedAt,
    deliveredDoseMg: r.deliveredDoseMg,
    doseMgPerKg: r.doseMgPerKg,
    sideEffects: r.sideEffects as Record<string, number>,
    sideEffectIds: r.sideEffectIds,
    alerts: r.alerts,
    alertsAcknowledged: r.alertsAcknowledged,
    alertsActedOn: r.alertsActedOn,
    painBefore: r.painBefore,
    painFollowup: r.painFollowup,
  }));
}

export interface RecentDischarge {
  readonly clinicId: string;
  readonly sessionId: string;
  readonly patientId: string;
  readonly dischargedAt: Date;
  /** The check-ins (slot ids) the patient has answered for this infusion. */
  readonly answered: readonly string[];
}

/** Infusions of every clinic discharged since `since`, with the check-ins answered for each. */
export async function recentDischarges(db: Executor, since: Date): Promise<RecentDischarge[]> {
  const rows = await db
    .selectFrom("infusionSummaries as s")
    .leftJoin("patientReports as r", (j) =>
      j.onRef("r.clinicId", "=", "s.clinicId").onRef("r.sessionId", "=", "s.sessionId"),
    )
    .select([
      "s.clinicId",
      "s.sessionId",
      "s.patientId",
      "s.dischargedAt",
      sql<(string | null)[]>`array_agg(distinct r.slot)`.as("answered"),
    ])
    .where("s.dischargedAt", ">=", since)
    .groupBy(["s.clinicId", "s.sessionId", "s.patientId", "s.dischargedAt"])
    .execute();
  return rows.map((r) => ({ ...r, answered: r.answered.filter((a): a is string => a !== null) }));
}
