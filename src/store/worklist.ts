/**
 * The follow-up worklist as a log: an item is opened (by a patient's report) and answered by calls; a call
 * that closes it ends it. Nothing is updated or deleted.
 */
import { randomUUID } from "node:crypto";
import type { Executor } from "./db";

export type Priority = "high" | "medium" | "low";

export interface Call {
  readonly id: string;
  readonly at: Date;
  readonly by: { readonly id: string; readonly name: string } | null;
  readonly advice: string;
  readonly outcome: string;
  readonly closes: boolean;
}

export interface WorklistItem {
  readonly id: string;
  readonly patient: {
    readonly id: string;
    readonly mrn: string;
    readonly givenName: string;
    readonly familyName: string;
  };
  readonly topic: string;
  readonly reportId: string | null;
  readonly priority: Priority;
  readonly reason: unknown;
  readonly openedAt: Date;
  readonly calls: readonly Call[];
  readonly closedAt: Date | null;
}

/**
 * Opens an item about a topic (a report, an overdue check-in); a topic opens at most one item, so a retried
 * submission or a second instance gets the first. Returns the item id and whether this call opened it.
 */
export async function openItem(
  db: Executor,
  clinicId: string,
  item: { topic: string; patientId: string; reportId: string | null; priority: Priority; reason: unknown },
  at: Date,
): Promise<{ itemId: string; opened: boolean }> {
  const itemId = randomUUID();
  const inserted = await db
    .insertInto("worklistEvents")
    .values({
      clinicId,
      id: randomUUID(),
      itemId,
      kind: "opened",
      topic: item.topic,
      patientId: item.patientId,
      reportId: item.reportId,
      priority: item.priority,
      reason: JSON.stringify(item.reason),
      at,
      byUser: null,
    })
    .onConflict((oc) => oc.column("clinicId").column("topic").where("kind", "=", "opened").doNothing())
    .returning("itemId")
    .executeTakeFirst();
  if (inserted) return { itemId: inserted.itemId, opened: true };
  const existing = await db
    .selectFrom("worklistEvents")
    .select("itemId")
    .where("clinicId", "=", clinicId)
    .where("topic", "=", item.topic)
    .where("kind", "=", "opened")
    .executeTakeFirstOrThrow();
  return { itemId: existing.itemId, opened: false };
}

/** Records a call on an item. */
export async function recordCall(
  db: Executor,
  clinicId: string,
  itemId: string,
  call: { patientId: string; advice: string; outcome: string; closes: boolean; by: string },
  at: Date,
): Promise<void> {
  await db
    .insertInto("worklistEvents")
    .values({
      clinicId,
      id: randomUUID(),
      itemId,
      kind: "call",
      topic: null,
      patientId: call.patientId,
      reportId: null,
      priority: null,
      reason: null,
      advice: call.advice,
      outcome: call.outcome,
      closes: call.closes,
      at,
      byUser: call.by,
    })
    .execute();
}

/** Locks an item's opening event (calls on one item queue) and returns the item; null when there is none. */
export async function lockItem(db: Executor, clinicId: string, itemId: string): Promise<WorklistItem | null> {
  await db
    .selectFrom("worklistEvents")
    .select("id")
    .where("clinicId", "=", clinicId)
    .where("itemId", "=", itemId)
    .where("kind", "=", "opened")
    .forUpdate()
    .execute();
  return (await items(db, clinicId, { itemIds: [itemId] }))[0] ?? null;
}

/**
 * Worklist items of a clinic: by default the open ones; `itemIds` or `patientId` select others (open or
 * closed). Calls are included, oldest first.
 */
export async function items(
  db: Executor,
  clinicId: string,
  filter: { itemIds?: readonly string[]; patientId?: string } = {},
): Promise<WorklistItem[]> {
  let query = db
    .selectFrom("worklistEvents as e")
    .innerJoin("patients as p", (j) =>
      j.onRef("p.clinicId", "=", "e.clinicId").onRef("p.id", "=", "e.patientId"),
    )
    .leftJoin("users as u", (j) => j.onRef("u.clinicId", "=", "e.clinicId").onRef("u.id", "=", "e.byUser"))
    .select([
      "e.id",
      "e.itemId",
      "e.kind",
      "e.topic",
      "e.reportId",
      "e.priority",
      "e.reason",
      "e.advice",
      "e.outcome",
      "e.closes",
      "e.at",
      "e.byUser",
      "u.name as byName",
      "p.id as patientId",
      "p.mrn",
      "p.givenName",
      "p.familyName",
    ])
    .where("e.clinicId", "=", clinicId);
  if (filter.itemIds) {
    if (filter.itemIds.length === 0) return [];
    query = query.where("e.itemId", "in", filter.itemIds);
  } else if (filter.patientId) {
    query = query.where("e.patientId", "=", filter.patientId);
  } else {
    // Open items: no call that closes them.
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("worklistEvents as c")
            .select("c.id")
            .whereRef("c.clinicId", "=", "e.clinicId")
            .whereRef("c.itemId", "=", "e.itemId")
            .where("c.closes", "=", true),
        ),
      ),
    );
  }
  const rows = await query.orderBy("e.seq").execute();
  const byItem = new Map<string, WorklistItem & { calls: Call[] }>();
  for (const r of rows) {
    if (r.kind === "opened") {
      byItem.set(r.itemId, {
        id: r.itemId,
        patient: { id: r.patientId, mrn: r.mrn, givenName: r.givenName, familyName: r.familyName },
        topic: r.topic ?? "",
        reportId: r.reportId,
        priority: r.priority ?? "low",
        reason: r.reason,
        openedAt: r.at,
        calls: [],
        closedAt: null,
      });
      continue;
    }
    const item = byItem.get(r.itemId);
    if (!item) continue;
    item.calls.push({
      id: r.id,
      at: r.at,
      by: r.byUser ? { id: r.byUser, name: r.byName ?? "" } : null,
      advice: r.advice ?? "",
      outcome: r.outcome ?? "",
      closes: r.closes,
    });
    if (r.closes) byItem.set(r.itemId, { ...item, closedAt: r.at });
  }
  return [...byItem.values()];
}
