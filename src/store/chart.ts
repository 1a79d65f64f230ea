/**
 * Chart entries and the alert log. Both tables are append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE), so this module offers inserts and reads only: there is no update or delete path for them.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { ChartEntry, EntryBody } from "../clinical/chair/entries";
import type { Executor } from "./db";
import type { AlertChange } from "./schema";

export interface NewEntry {
  readonly clientId: string;
  readonly at: Date;
  readonly recordedBy: string | null;
  readonly source: string;
  readonly body: EntryBody;
  readonly amends: string | null;
  readonly reason: string | null;
}

const COLUMNS = [
  "id",
  "seq",
  "clientId",
  "at",
  "recordedAt",
  "recordedBy",
  "source",
  "body",
  "amends",
  "reason",
] as const;

interface Row {
  id: string;
  seq: string;
  clientId: string;
  at: Date;
  recordedAt: Date;
  recordedBy: string | null;
  source: string;
  body: unknown;
  amends: string | null;
  reason: string | null;
}

const toEntry = (r: Row): ChartEntry => ({
  id: r.id,
  clientId: r.clientId,
  seq: Number(r.seq),
  at: r.at.getTime(),
  recordedAt: r.recordedAt.getTime(),
  recordedBy: r.recordedBy,
  source: r.source,
  body: r.body as EntryBody,
  amends: r.amends,
  reason: r.reason,
});

/**
 * Stores entries of one or more sessions in one statement. An entry whose client id its session already has is
 * not stored again (the caller looks the stored one up with `entriesByClientIds`), so a retried request
 * answers as the first one did. Returns what was stored, by session, in recording order.
 */
export async function appendEntries(
  db: Executor,
  clinicId: string,
  entries: readonly (NewEntry & { readonly sessionId: string })[],
  recordedAt: Date,
): Promise<Map<string, ChartEntry[]>> {
  const stored = new Map<string, ChartEntry[]>();
  if (entries.length === 0) return stored;
  const rows = await db
    .insertInto("chartEntries")
    .values(
      entries.map((e) => ({
        clinicId,
        id: randomUUID(),
        sessionId: e.sessionId,
        clientId: e.clientId,
        kind: e.body.kind,
        at: e.at,
        recordedAt,
        recordedBy: e.recordedBy,
        source: e.source,
        body: JSON.stringify(e.body),
        amends: e.amends,
        reason: e.reason,
      })),
    )
    .onConflict((oc) => oc.columns(["clinicId", "sessionId", "clientId"]).doNothing())
    .returning([...COLUMNS, "sessionId"])
    .execute();
  for (const r of [...rows].sort((a, b) => Number(a.seq) - Number(b.seq))) {
    const list = stored.get(r.sessionId) ?? [];
    list.push(toEntry(r));
    stored.set(r.sessionId, list);
  }
  return stored;
}

/** Stored entries with these (session, client id) pairs, keyed `${sessionId}/${clientId}`. */
export async function entriesByClientIds(
  db: Executor,
  clinicId: string,
  keys: readonly { readonly sessionId: string; readonly clientId: string }[],
): Promise<Map<string, ChartEntry>> {
  const found = new Map<string, ChartEntry>();
  if (keys.length === 0) return found;
  const wanted = new Set(keys.map((k) => `${k.sessionId}/${k.clientId}`));
  const rows = await db
    .selectFrom("chartEntries")
    .select([...COLUMNS, "sessionId"])
    .where("clinicId", "=", clinicId)
    .where("sessionId", "in", [...new Set(keys.map((k) => k.sessionId))])
    .where("clientId", "in", [...new Set(keys.map((k) => k.clientId))])
    .execute();
  for (const r of rows) {
    const key = `${r.sessionId}/${r.clientId}`;
    if (wanted.has(key)) found.set(key, toEntry(r));
  }
  return found;
}

/** Entries of several sessions recorded after `afterSeq`, by session, in recording order. */
export async function entriesSince(
  db: Executor,
  clinicId: string,
  sessionIds: readonly string[],
  afterSeq: number,
): Promise<Map<string, ChartEntry[]>> {
  const bySession = new Map<string, ChartEntry[]>();
  if (sessionIds.length === 0) return bySession;
  const rows = await db
    .selectFrom("chartEntries")
    .select([...COLUMNS, "sessionId"])
    .where("clinicId", "=", clinicId)
    .where("sessionId", "in", sessionIds)
    .where("seq", ">", String(afterSeq))
    .orderBy("seq")
    .execute();
  for (const r of rows) {
    const list = bySession.get(r.sessionId) ?? [];
    list.push(toEntry(r));
    bySession.set(r.sessionId, list);
  }
  return bySession;
}

/** One entry of a session; null when the session has no such entry. */
export async function entryById(
  db: Executor,
  clinicId: string,
  sessionId: string,
  id: string,
): Promise<ChartEntry | null> {
  const row = await db
    .selectFrom("chartEntries")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** A session's entries recorded after `afterSeq` (all of them by default), in recording order. */
export async function sessionEntries(
  db: Executor,
  clinicId: string,
  sessionId: string,
  afterSeq = 0,
): Promise<ChartEntry[]> {
  const rows = await db
    .selectFrom("chartEntries")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .where("seq", ">", String(afterSeq))
    .orderBy("seq")
    .execute();
  return rows.map(toEntry);
}

/**
 * What staff charted (monitor readings left out) in each of a patient's sessions, in recording order, keyed by
 * session: outcomes and the patient's "last time" read scores, side effects and rates from it.
 */
export async function patientChart(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<Map<string, ChartEntry[]>> {
  const rows = await db
    .selectFrom("chartEntries as e")
    .innerJoin("infusionSessions as s", (j) =>
      j.onRef("s.clinicId", "=", "e.clinicId").onRef("s.id", "=", "e.sessionId"),
    )
    .select(COLUMNS.map((c) => `e.${c}` as const))
    .select("e.sessionId")
    .where("e.clinicId", "=", clinicId)
    .where("s.patientId", "=", patientId)
    .where("e.recordedBy", "is not", null)
    .orderBy("e.seq")
    .execute();
  const bySession = new Map<string, ChartEntry[]>();
  for (const r of rows) {
    const list = bySession.get(r.sessionId) ?? [];
    list.push(toEntry(r));
    bySession.set(r.sessionId, list);
  }
  return bySession;
}

/** The sessions of a clinic with entries recorded after `afterSeq`, with the latest seq of each. */
export async function sessionsChangedSince(
  db: Executor,
  clinicId: string,
  afterSeq: number,
): Promise<{ sessionId: string; seq: number }[]> {
  const rows = await db
    .selectFrom("chartEntries")
    .select(["sessionId", sql<string>`max(seq)`.as("seq")])
    .where("clinicId", "=", clinicId)
    .where("seq", ">", String(afterSeq))
    .groupBy("sessionId")
    .execute();
  return rows.map((r) => ({ sessionId: r.sessionId, seq: Number(r.seq) }));
}

/** The latest recording order number of a clinic (0 before anything is charted). */
export async function latestSeq(db: Executor, clinicId: string): Promise<number> {
  const row = await db
    .selectFrom("chartEntries")
    .select(sql<string | null>`max(seq)`.as("seq"))
    .where("clinicId", "=", clinicId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/**
 * The session each monitor is bound to now: a session's binding is its latest monitor entry still in force
 * (not withdrawn or amended), and only sessions not yet completed or cancelled count. When one monitor was
 * bound to two sessions, the later binding holds.
 */
export async function boundSessions(
  db: Executor,
  clinicId: string,
  deviceIds: readonly string[],
): Promise<Map<string, string>> {
  const bound = new Map<string, string>();
  if (deviceIds.length === 0) return bound;
  const { rows } = await sql<{ sessionId: string; device: string | null; seq: string }>`
    select distinct on (e.session_id) e.session_id, e.body ->> 'deviceId' as device, e.seq
    from chart_entries e
    join infusion_sessions s on s.clinic_id = e.clinic_id and s.id = e.session_id
    where e.clinic_id = ${clinicId} and e.kind = 'monitor' and s.status in ('scheduled', 'in-progress')
      and e.session_id in (
        select session_id from chart_entries
        where clinic_id = ${clinicId} and kind = 'monitor' and body ->> 'deviceId' = any(${sql.val([...deviceIds])}::text[])
      )
      and not exists (select 1 from chart_entries c where c.clinic_id = e.clinic_id and c.amends = e.id)
    order by e.session_id, e.seq desc`.execute(db);
  const latest = new Map<string, number>();
  for (const r of rows) {
    if (r.device === null || !deviceIds.includes(r.device)) continue;
    const seq = Number(r.seq);
    if ((latest.get(r.device) ?? -1) < seq) {
      latest.set(r.device, seq);
      bound.set(r.device, r.sessionId);
    }
  }
  return bound;
}

export interface AlertLogEntry {
  readonly sessionId: string;
  readonly alertKey: string;
  readonly raisedAt: Date;
  readonly change: AlertChange;
  readonly priority: "high" | "medium" | "low";
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly sideEffectId: string | null;
  readonly at: Date;
  readonly entryId: string | null;
}

/** Records alert transitions. */
export async function appendAlertLog(
  db: Executor,
  clinicId: string,
  rows: readonly AlertLogEntry[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("alertLog")
    .values(rows.map((r) => ({ clinicId, ...r })))
    .execute();
}

/** A session's alert transitions in the order they were recorded. */
export async function sessionAlertLog(
  db: Executor,
  clinicId: string,
  sessionId: string,
): Promise<AlertLogEntry[]> {
  return db
    .selectFrom("alertLog")
    .select([
      "sessionId",
      "alertKey",
      "raisedAt",
      "change",
      "priority",
      "ruleId",
      "ruleVersion",
      "sideEffectId",
      "at",
      "entryId",
    ])
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .orderBy("seq")
    .execute();
}
