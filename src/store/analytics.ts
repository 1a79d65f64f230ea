/**
 * Clinic analytics, aggregated by PostgreSQL over the infusion summaries (one row per discharged infusion):
 * counts only leave the database, never the rows, so a clinic with 100,000 infusions answers in one pass.
 * (Raw result columns arrive camel-cased, like every other query, through the Kysely plugin.)
 */
import { sql } from "kysely";
import type { Executor } from "./db";

export interface Period {
  readonly from: Date;
  readonly to: Date;
}

export type Grouping = "all" | "protocol" | "dose-band";

export interface IncidenceRow {
  /** "all", a protocol id, or the dose band's index (0 = below the first boundary). */
  readonly group: string;
  readonly sideEffectId: string | null;
  /** Infusions in the group with the side effect (null side effect: the group's total). */
  readonly infusions: number;
}

/**
 * Infusions with each side effect, and each group's total (the row whose `sideEffectId` is null).
 * `doseBands` are the upper boundaries in mg/kg per infusion, ascending.
 */
export async function incidence(
  db: Executor,
  clinicId: string,
  period: Period,
  grouping: Grouping,
  doseBands: readonly number[],
): Promise<IncidenceRow[]> {
  const group =
    grouping === "protocol"
      ? sql<string>`s.protocol_id`
      : grouping === "dose-band"
        ? sql<string>`width_bucket(s.dose_mg_per_kg, ${sql.val([...doseBands])}::float8[])::text`
        : sql<string>`'all'`;
  const { rows } = await sql<{ grp: string; sideEffectId: string | null; infusions: string }>`
    with s as (
      select protocol_id, dose_mg_per_kg, side_effect_ids from infusion_summaries
      where clinic_id = ${clinicId} and discharged_at >= ${period.from} and discharged_at < ${period.to}
    )
    select ${group} as grp, null as side_effect_id, count(*) as infusions from s group by 1
    union all
    select ${group} as grp, e.id as side_effect_id, count(*) as infusions
    from s cross join lateral unnest(s.side_effect_ids) as e(id)
    group by 1, 2
    order by 1, 2 nulls first`.execute(db);
  return rows.map((r) => ({
    group: r.grp,
    sideEffectId: r.sideEffectId,
    infusions: Number(r.infusions),
  }));
}

export interface ResponseRow {
  readonly indication: string | null;
  readonly protocolId: string;
  /** Infusions with pain recorded before and at follow-up. */
  readonly assessed: number;
  /** Of those, pain at follow-up at least 30 % lower (IMMPACT moderate or substantial). */
  readonly responders: number;
}

/** Response by indication and protocol: pain before the infusion vs the patient's follow-up average. */
export async function responseRates(
  db: Executor,
  clinicId: string,
  period: Period,
  responderReductionPercent: number,
): Promise<ResponseRow[]> {
  const { rows } = await sql<{
    indication: string | null;
    protocolId: string;
    assessed: string;
    responders: string;
  }>`
    select indication, protocol_id,
      count(*) as assessed,
      count(*) filter (
        where pain_before > 0 and (pain_before - pain_followup) / pain_before * 100 >= ${responderReductionPercent}
      ) as responders
    from infusion_summaries
    where clinic_id = ${clinicId} and discharged_at >= ${period.from} and discharged_at < ${period.to}
      and pain_before is not null and pain_followup is not null
    group by 1, 2
    order by 1 nulls last, 2`.execute(db);
  return rows.map((r) => ({
    indication: r.indication,
    protocolId: r.protocolId,
    assessed: Number(r.assessed),
    responders: Number(r.responders),
  }));
}

export interface AlertBurden {
  readonly infusions: number;
  readonly alerts: number;
  readonly acknowledged: number;
  readonly actedOn: number;
}

export async function alertBurden(db: Executor, clinicId: string, period: Period): Promise<AlertBurden> {
  const { rows } = await sql<{
    infusions: string;
    alerts: string | null;
    acknowledged: string | null;
    acted: string | null;
  }>`
    select count(*) as infusions, sum(alerts) as alerts, sum(alerts_acknowledged) as acknowledged,
      sum(alerts_acted_on) as acted
    from infusion_summaries
    where clinic_id = ${clinicId} and discharged_at >= ${period.from} and discharged_at < ${period.to}`.execute(
    db,
  );
  const r = rows[0]!;
  return {
    infusions: Number(r.infusions),
    alerts: Number(r.alerts ?? 0),
    acknowledged: Number(r.acknowledged ?? 0),
    actedOn: Number(r.acted ?? 0),
  };
}
