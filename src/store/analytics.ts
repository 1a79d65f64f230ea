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

export interface OnsetRow {
  readonly sideEffectId: string;
  readonly reports: number;
  readonly medianHours: number;
  /** Reports whose symptoms began before discharge, within a day of it, within two weeks, or later. */
  readonly beforeDischarge: number;
  readonly withinDay: number;
  readonly withinTwoWeeks: number;
  readonly later: number;
}

/**
 * When the side effects patients reported after an infusion began, relative to its discharge: what the
 * catalogue's onset windows can be checked against. A report counts each effect its triage named once.
 */
export async function reportedOnsets(db: Executor, clinicId: string, period: Period): Promise<OnsetRow[]> {
  const { rows } = await sql<{
    sideEffectId: string;
    reports: string;
    medianHours: number;
    beforeDischarge: string;
    withinDay: string;
    withinTwoWeeks: string;
    later: string;
  }>`
    with r as (
      select distinct r.id, e.id as side_effect_id,
        extract(epoch from (r.onset_at - s.discharged_at)) / 3600 as hours
      from patient_reports r
      join infusion_summaries s on s.clinic_id = r.clinic_id and s.session_id = r.session_id
      cross join lateral (
        select x ->> 'sideEffectId' as id
        from jsonb_array_elements(coalesce(r.triage -> 'reasons', '[]') || coalesce(r.triage -> 'selfCare', '[]')) x
      ) e
      where r.clinic_id = ${clinicId} and r.onset_at is not null
        and s.discharged_at >= ${period.from} and s.discharged_at < ${period.to}
    )
    select side_effect_id, count(*) as reports,
      percentile_cont(0.5) within group (order by hours) as median_hours,
      count(*) filter (where hours <= 0) as before_discharge,
      count(*) filter (where hours > 0 and hours <= 24) as within_day,
      count(*) filter (where hours > 24 and hours <= 336) as within_two_weeks,
      count(*) filter (where hours > 336) as later
    from r group by 1 order by 1`.execute(db);
  return rows.map((r) => ({
    sideEffectId: r.sideEffectId,
    reports: Number(r.reports),
    medianHours: Number(r.medianHours),
    beforeDischarge: Number(r.beforeDischarge),
    withinDay: Number(r.withinDay),
    withinTwoWeeks: Number(r.withinTwoWeeks),
    later: Number(r.later),
  }));
}
