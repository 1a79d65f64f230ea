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

export interface Appended {
  /** Stored by this call, in order. */
  readonly inserted: ChartEntry[];
  /** Already stored under the same client ids (a retry), in the order they were asked for. */
  readonly existing: ChartEntry[];
}

/**
 * Stores entries of one session. An entry whose client id the session already has is not stored again: the
 * stored one is returned in `existing`, so a retried request answers as the first one did.
 */
export async function appendEntries(
  db: Executor,
  clinicId: string,
  sessionId: string,
  entries: readonly NewEntry[],
  recordedAt: Date,
): Promise<Appended> {
  if (entries.length === 0) return { inserted: [], existing: [] };
  const rows = await db
    .insertInto("chartEntries")
    .values(
      entries.map((e) => ({
        clinicId,
        id: randomUUID(),
        sessionId,
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
    .returning(COLUMNS)
    .execute();
  const inserted = rows.map(toEntry).sort((a, b) => a.seq - b.seq);
  const stored = new Set(inserted.map((e) => e.clientId));
  const missing = entries.map((e) => e.clientId).filter((id) => !stored.has(id));
  const existing = missing.length === 0 ? [] : await entriesByClientId(db, clinicId, sessionId, missing);
  return { inserted, existing };
}

/** Stored entries of a session with these client ids, in the order asked (missing ones left out). */
export async function entriesByClientId(
  db: Executor,
  clinicId: string,
  sessionId: string,
  clientIds: readonly string[],
): Promise<ChartEntry[]> {
  const rows = await db
    .selectFrom("chartEntries")
    .select(COLUMNS)
    .where("clinicId", "=", clinicId)
    .where("sessionId", "=", sessionId)
    .where("clientId", "in", clientIds)
    .execute();
  const byClient = new Map(rows.map((r) => [r.clientId, toEntry(r)]));
  return clientIds.map((id) => byClient.get(id)).filter((e): e is ChartEntry => e !== undefined);
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

/** The session a monitor was most recently bound to, if any (the caller checks the binding still holds). */
export async function lastBoundSession(
  db: Executor,
  clinicId: string,
  deviceId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("chartEntries")
    .select("sessionId")
    .where("clinicId", "=", clinicId)
    .where("kind", "=", "monitor")
    .where(sql`body ->> 'deviceId'`, "=", deviceId)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.sessionId ?? null;
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
