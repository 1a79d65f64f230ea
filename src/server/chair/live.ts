/**
 * Keeps the floor boards and worklists live: hears other instances' changes, re-projects sessions as time passes
 * (escalation, overdue checks, a monitor going quiet), pings idle streams, forgets finished sessions, and
 * sweeps the follow-up every minute (reminders for due check-ins, worklist items for overdue ones).
 */
import type { App, Context } from "../context";
import { sweepFollowup } from "../followup/sweep";
import { publishItem } from "../followup/worklist";
import { listenForChanges } from "./notify";

const TICK_MS = 1_000;
/** Heartbeat to every stream; browsers treat 25 s without any event as a lost stream. */
const PING_MS = 10_000;
const EVICT_AFTER_MS = 30 * 60_000;

/** Starts the background work; the returned function stops it and closes every open stream. */
export function startLiveUpdates(
  app: App,
  ctx: Context,
  databaseUrl: string | undefined,
): () => Promise<void> {
  const { engine, hub } = ctx.chair;
  const listener = databaseUrl
    ? listenForChanges(
        databaseUrl,
        engine.instance,
        (notice) => {
          const applied =
            notice.kind === "chart"
              ? engine.onNotice(ctx.db, notice)
              : publishItem(ctx.db, hub, notice.clinicId, notice.itemId, notice.change);
          applied.catch((err) => app.log.error({ err }, "could not apply a live notice"));
        },
        app.log,
      )
    : null;
  let ticks = 0;
  let sweeping = false;
  const timer = setInterval(() => {
    ticks++;
    try {
      engine.tick();
      if (ticks % (PING_MS / TICK_MS) === 0) hub.ping();
      if (ticks % 60 === 0) {
        engine.evict(EVICT_AFTER_MS);
        if (!sweeping) {
          sweeping = true;
          sweepFollowup(ctx.db, hub, engine.instance, ctx.clock())
            .catch((err) => app.log.error({ err }, "follow-up sweep failed"))
            .finally(() => {
              sweeping = false;
            });
        }
      }
    } catch (err) {
      app.log.error({ err }, "live board update failed");
    }
  }, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    hub.closeAll();
    await listener?.close();
  };
}
