/**
 * The follow-up sweep, run every minute by each instance: a check-in that has become due queues a reminder
 * in the outbox (for an SMS or e-mail service), and one that is overdue opens a worklist item. Both are keyed
 * by topic, so several instances sweeping at once queue and open each only once.
 */
import { checkinStatus, checkinsFor } from "../../clinical/followup/checkins";
import type { Executor } from "../../store/db";
import { queueMessage } from "../../store/outbox";
import { recentDischarges } from "../../store/summaries";
import { openItem } from "../../store/worklist";
import type { BoardHub } from "../chair/hub";
import { notifyLive } from "../chair/notify";
import { followupConfig } from "./settings";
import { publishItem } from "./worklist";

/** Check-ins are followed up for this long after an infusion; the latest default falls at 9 days. */
const FOLLOWED_FOR_MS = 30 * 86_400_000;

export interface SweepResult {
  readonly remindersQueued: number;
  readonly itemsOpened: number;
}

export async function sweepFollowup(
  db: Executor,
  hub: BoardHub,
  instance: string,
  now: Date,
): Promise<SweepResult> {
  const discharges = await recentDischarges(db, new Date(now.getTime() - FOLLOWED_FOR_MS));
  const configs = new Map<string, Awaited<ReturnType<typeof followupConfig>>>();
  let remindersQueued = 0;
  let itemsOpened = 0;
  for (const d of discharges) {
    if (!configs.has(d.clinicId)) configs.set(d.clinicId, await followupConfig(db, d.clinicId));
    const config = configs.get(d.clinicId)!;
    const answers = d.answered.map((checkinId) => ({ checkinId, submittedAt: now.getTime() - 1 }));
    const states = checkinStatus(
      checkinsFor(d.dischargedAt.getTime(), config.checkins),
      answers,
      now.getTime(),
    );
    for (const { checkin, status } of states) {
      const about = `${d.sessionId}:${checkin.id}`;
      if (status === "due") {
        const queued = await queueMessage(
          db,
          d.clinicId,
          {
            patientId: d.patientId,
            topic: `reminder:${about}`,
            template: "checkin-due",
            payload: {
              sessionId: d.sessionId,
              slot: checkin.id,
              label: checkin.label,
              overdueAt: checkin.overdueAfter,
            },
            dueAt: new Date(checkin.dueFrom),
          },
          now,
        );
        if (queued) remindersQueued++;
      } else if (status === "overdue") {
        const opened = await db.transaction().execute(async (trx) => {
          const item = await openItem(
            trx,
            d.clinicId,
            {
              topic: `overdue:${about}`,
              patientId: d.patientId,
              reportId: null,
              priority: "medium",
              reason: {
                slot: checkin.id,
                reasons: [{ text: `The ${checkin.label} check-in has not been answered.` }],
              },
            },
            now,
          );
          if (item.opened) {
            await notifyLive(trx, {
              kind: "worklist",
              clinicId: d.clinicId,
              itemId: item.itemId,
              change: "opened",
              origin: instance,
            });
          }
          return item;
        });
        if (opened.opened) {
          itemsOpened++;
          await publishItem(db, hub, d.clinicId, opened.itemId, "opened");
        }
      }
    }
  }
  return { remindersQueued, itemsOpened };
}
