/**
 * The follow-up worklist as staff see it: open items ordered by urgency, each with the report behind it, and
 * live delivery of opened items and recorded calls to every staff browser of the clinic.
 */
import { redFlagQuestion } from "../../clinical/followup/pro-items";
import type { Executor } from "../../store/db";
import { reportById } from "../../store/reports";
import { items, type WorklistItem } from "../../store/worklist";
import type { BoardHub } from "../chair/hub";
import { reportJson } from "./patient-data";

export type ItemKind = "report" | "overdue-checkin";

const kindOf = (topic: string): ItemKind => (topic.startsWith("overdue:") ? "overdue-checkin" : "report");

/** Urgency rank: unanswered red flags, then overdue check-ins, then call-backs and the rest. */
function rank(i: WorklistItem): number {
  if (i.priority === "high") return 0;
  if (kindOf(i.topic) === "overdue-checkin") return 1;
  return i.priority === "medium" ? 2 : 3;
}

export function orderByUrgency(list: readonly WorklistItem[]): WorklistItem[] {
  return [...list].sort((a, b) => rank(a) - rank(b) || a.openedAt.getTime() - b.openedAt.getTime());
}

interface Reason {
  readonly reasons?: readonly { text: string; itemId?: string }[];
  readonly slot?: string;
}

/** A warning sign is shown to staff by what it means clinically; other reasons as the triage worded them. */
const reasonText = (r: { text: string; itemId?: string }) =>
  (r.itemId ? redFlagQuestion(r.itemId)?.clinicalMeaning : undefined) ?? r.text;

/** An item as the API shows it, with its report. */
export async function itemJson(db: Executor, clinicId: string, item: WorklistItem) {
  const report = item.reportId ? await reportById(db, clinicId, item.reportId) : null;
  const reason = (item.reason ?? {}) as Reason;
  return {
    id: item.id,
    kind: kindOf(item.topic),
    priority: item.priority,
    patient: item.patient,
    openedAt: item.openedAt.getTime(),
    reasons: (reason.reasons ?? []).map((r) => ({ text: reasonText(r) })),
    report: report ? reportJson(report) : null,
    slot: reason.slot ?? null,
    calls: item.calls.map((c) => ({
      at: c.at.getTime(),
      by: c.by,
      advice: c.advice,
      outcome: c.outcome,
      closes: c.closes,
    })),
    closedAt: item.closedAt?.getTime() ?? null,
  };
}

export type ItemJson = Awaited<ReturnType<typeof itemJson>>;

/** Sends an item's change to the clinic's open staff streams. */
export async function publishItem(
  db: Executor,
  hub: BoardHub,
  clinicId: string,
  itemId: string,
  change: "opened" | "call",
): Promise<void> {
  if (!hub.hasSubscribers(clinicId)) return;
  const [item] = await items(db, clinicId, { itemIds: [itemId] });
  if (!item) return;
  hub.publish(clinicId, { event: "worklist", data: { change, item: await itemJson(db, clinicId, item) } });
}
