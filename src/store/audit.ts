import { createHash, randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Executor } from "./db";
import type { AuditOutcome } from "./schema";

/** Arbitrary constant naming the audit-append lock in pg_advisory_xact_lock's key space. */
const AUDIT_LOCK_KEY = 4_271_002;
/** The previous hash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** What the caller says happened. */
export interface AuditEvent {
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly actorEmail: string | null;
  /** Dotted verb, e.g. `patient.read`, `auth.login`, `access.denied`. */
  readonly action: string;
  readonly resourceType: string | null;
  readonly resourceId: string | null;
  readonly clinicId: string | null;
  readonly requestId: string | null;
  readonly outcome: AuditOutcome;
}

export interface AuditEntry extends AuditEvent {
  readonly id: string;
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * The hash of an entry: SHA-256 over the previous hash and a canonical serialisation of the entry (a JSON
 * array of its fields in a fixed order, the time as an ISO-8601 UTC string).
 */
export function entryHash(prevHash: string, e: Omit<AuditEntry, "hash" | "prevHash">): string {
  const canonical = JSON.stringify([
    e.seq,
    e.id,
    e.at.toISOString(),
    e.actorId,
    e.actorRole,
    e.actorEmail,
    e.action,
    e.resourceType,
    e.resourceId,
    e.clinicId,
    e.requestId,
    e.outcome,
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(canonical).digest("hex");
}

type StandaloneAppend = (event: AuditEvent) => Promise<AuditEntry>;

/** Group-commit writers open on each database, newest last (see `openAuditWriter`). */
const standaloneWriters = new WeakMap<Executor, StandaloneAppend[]>();

/**
 * Routes `appendAudit(db, …)` calls made with the database itself (not a transaction) to `append` until the
 * returned function is called. Several may be registered on one database; the newest receives the appends.
 */
export function routeStandaloneAppends(db: Executor, append: StandaloneAppend): () => void {
  const writers = standaloneWriters.get(db) ?? [];
  writers.push(append);
  standaloneWriters.set(db, writers);
  return () => {
    const at = writers.indexOf(append);
    if (at >= 0) writers.splice(at, 1);
  };
}

/**
 * Appends an entry to the chain. Appends are serialised by a transaction-scoped advisory lock, so the chain
 * is linear; pass the transaction of the write being audited so both commit or neither does. Given the
 * database itself, the entry goes to the database's group-commit writer when one is open (it commits the
 * entry with others queued at the same moment), otherwise to a transaction of its own; either way it has
 * committed when the returned promise resolves.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const patient = await createPatient(trx, record, rec);
 *   await appendAudit(trx, { ...event, action: "patient.create", resourceId: patient.id });
 * });
 */
export async function appendAudit(db: Executor, event: AuditEvent): Promise<AuditEntry> {
  if (!db.isTransaction) {
    const writer = standaloneWriters.get(db)?.at(-1);
    if (writer) return writer(event);
    return db.transaction().execute((trx) => appendAudit(trx, event));
  }
  const [entry] = await appendAuditBatch(db, [event]);
  return entry!;
}

/**
 * Appends the events, in order, as consecutive entries of the chain with one insert inside the given
 * transaction, under the same lock as `appendAudit`. Returns the entries in the order of the events.
 */
export async function appendAuditBatch(trx: Executor, events: readonly AuditEvent[]): Promise<AuditEntry[]> {
  if (!trx.isTransaction) throw new Error("appendAuditBatch needs a transaction");
  if (events.length === 0) return [];
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom("auditLog")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  let seq = last ? Number(last.seq) : 0;
  const entries = events.map((event): AuditEntry => {
    seq += 1;
    // Millisecond precision, so the time read back from the database hashes the same.
    const unhashed = { ...event, at: new Date(event.at.getTime()), id: randomUUID(), seq };
    const entry = { ...unhashed, prevHash, hash: entryHash(prevHash, unhashed) };
    prevHash = entry.hash;
    return entry;
  });
  await trx
    .insertInto("auditLog")
    .values(entries.map(({ seq, ...columns }) => ({ ...columns, seq: String(seq) })))
    .execute();
  return entries;
}

export interface AuditFilter {
  readonly actorId?: string;
  readonly action?: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly outcome?: AuditOutcome;
  readonly from?: Date;
  readonly to?: Date;
}

const entryColumns = [
  "seq",
  "id",
  "at",
  "actorId",
  "actorRole",
  "actorEmail",
  "action",
  "resourceType",
  "resourceId",
  "clinicId",
  "requestId",
  "outcome",
  "prevHash",
  "hash",
] as const;

/** A page of one clinic's audit entries matching the filter, newest first, and the total matching. */
export async function listAudit(
  db: Executor,
  clinicId: string,
  filter: AuditFilter,
  page: { readonly page: number; readonly pageSize: number },
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom("auditLog").where("clinicId", "=", clinicId);
  if (filter.actorId) base = base.where("actorId", "=", filter.actorId);
  if (filter.action) base = base.where("action", "=", filter.action);
  if (filter.resourceType) base = base.where("resourceType", "=", filter.resourceType);
  if (filter.resourceId) base = base.where("resourceId", "=", filter.resourceId);
  if (filter.outcome) base = base.where("outcome", "=", filter.outcome);
  if (filter.from) base = base.where("at", ">=", filter.from);
  if (filter.to) base = base.where("at", "<", filter.to);
  const [rows, count] = await Promise.all([
    base
      .select(entryColumns)
      .orderBy("seq", "desc")
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ ...r, seq: Number(r.seq) })), total: count.total };
}

export type ChainVerdict =
  | { readonly ok: true; readonly count: number }
  | {
      readonly ok: false;
      readonly count: number;
      /** The first entry whose link does not hold. */
      readonly brokenAt: { readonly seq: number; readonly id: string; readonly reason: string };
    };

const VERIFY_BATCH = 1000;

/**
 * Walks the whole chain in order and recomputes every hash. Reports the first entry whose stored hash, link
 * to the previous entry, or sequence number does not hold — the place where the trail was altered.
 *
 * @example
 * const verdict = await verifyAuditChain(db);
 * if (!verdict.ok) console.error(`broken at #${verdict.brokenAt.seq}: ${verdict.brokenAt.reason}`);
 */
export async function verifyAuditChain(db: Executor): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom("auditLog")
      .select(entryColumns)
      .where("seq", ">=", String(expectedSeq))
      .orderBy("seq")
      .limit(VERIFY_BATCH)
      .execute();
    for (const row of rows) {
      const entry = { ...row, seq: Number(row.seq) };
      const broken = (reason: string): ChainVerdict => ({
        ok: false,
        count,
        brokenAt: { seq: entry.seq, id: entry.id, reason },
      });
      if (entry.seq !== expectedSeq)
        return broken(`expected entry #${expectedSeq} here: entries are missing`);
      if (entry.prevHash !== prevHash) return broken("its previous-hash does not match the entry before it");
      if (entryHash(prevHash, entry) !== entry.hash) return broken("its content does not match its hash");
      prevHash = entry.hash;
      expectedSeq += 1;
      count += 1;
    }
    if (rows.length < VERIFY_BATCH) return { ok: true, count };
  }
}
