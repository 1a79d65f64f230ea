/**
 * The live side of the infusion chair. Each instance keeps, per session in use, the facts, the chart (monitor
 * readings thinned for display) and the monitoring rules' state, so a new entry is evaluated once instead of
 * replaying the whole session. Writes lock the session row, catch the cache up with whatever other instances
 * stored, validate, store, record alert transitions and notify the other instances, all in one transaction;
 * the board hears about it only after the commit.
 */
import { randomUUID } from "node:crypto";
import { type ChairConfig, DEFAULT_CHAIR_CONFIG } from "../../clinical/chair/config";
import { correctionProblem, effectiveEntries } from "../../clinical/chair/corrections";
import type { ChartEntry, EntryBody } from "../../clinical/chair/entries";
import { foldMonitoring, type MonitoringFold } from "../../clinical/chair/monitoring-events";
import { projectSession } from "../../clinical/chair/project";
import { entryProblem, type EntryProblem as RuleProblem } from "../../clinical/chair/transitions";
import type { SessionFacts, SessionView } from "../../clinical/chair/view";
import type { Alert } from "../../clinical/monitoring/types";
import { type AuditEvent, appendAuditBatch } from "../../store/audit";
import {
  type AlertLogEntry,
  appendAlertLog,
  appendEntries,
  boundSessions,
  entriesByClientIds,
  entriesSince,
  entryById,
  type NewEntry,
  sessionEntries,
} from "../../store/chart";
import type { Executor } from "../../store/db";
import { lockSessions, type Session, sessionsById, setSessionStatus } from "../../store/schedule";
import type { Role } from "../../store/schema";
import { saveSummary } from "../../store/summaries";
import { ApiError } from "../errors";
import { sessionsJson } from "../planning/sessions";
import { sessionFacts } from "./facts";
import type { BoardHub } from "./hub";
import { createKeyedMutex } from "./keyed-mutex";
import { type ChartNotice, notifyLive } from "./notify";
import { summarise } from "./summary";

export type SessionJson = Awaited<ReturnType<typeof sessionsJson>>[number];

/** What the board shows for one session. */
export interface BoardCard {
  readonly session: SessionJson;
  readonly view: SessionView;
}

/** Who is writing: a signed-in user, or a monitor gateway (no user). */
export interface Writer {
  readonly userId: string | null;
  readonly role: Role | "gateway";
}

export interface EntryInput {
  readonly clientId: string;
  readonly at: Date;
  readonly body: EntryBody;
  readonly amends: string | null;
  readonly reason: string | null;
  readonly source: string;
}

type EntryProblem = RuleProblem | { code: "validation.failed"; detail: string; path: string };

export interface Stored {
  readonly entry: ChartEntry;
  /** The client id was already stored: this is the earlier entry, nothing new was written. */
  readonly replayed: boolean;
}

interface Cached {
  readonly clinicId: string;
  readonly session: SessionJson;
  readonly facts: SessionFacts;
  /** Every entry except monitor readings closer than THIN_MS to the previous one kept from that monitor. */
  readonly entries: readonly ChartEntry[];
  readonly lastSeq: number;
  readonly fold: MonitoringFold;
  readonly keptDeviceAt: ReadonlyMap<string, number>;
}

/** Monitor readings kept for the board and session screen: one per monitor per 10 s (the rules see all). */
const THIN_MS = 10_000;
/** Cards of one session are sent at most this often while only monitor readings change them. */
const CARD_INTERVAL_MS = 5_000;
/**
 * How long a monitor's binding is trusted before it is looked up again. This instance's own writes update it at
 * once; the time bounds how long a binding changed through another instance can lag.
 */
const BINDING_TTL_MS = 10_000;

const isDeviceReading = (e: ChartEntry) => e.recordedBy === null && e.body.kind === "vitals";

function keep(
  entries: readonly ChartEntry[],
  added: readonly ChartEntry[],
  keptDeviceAt: ReadonlyMap<string, number>,
): { entries: ChartEntry[]; keptDeviceAt: Map<string, number> } {
  const out = [...entries];
  const kept = new Map(keptDeviceAt);
  for (const e of added) {
    if (isDeviceReading(e)) {
      const last = kept.get(e.source);
      if (last !== undefined && Math.abs(e.at - last) < THIN_MS) continue;
      kept.set(e.source, e.at);
    }
    out.push(e);
  }
  return { entries: out, keptDeviceAt: kept };
}

/** Alert changes between two sets of active alerts. */
function alertChanges(before: readonly Alert[], after: readonly Alert[]) {
  const old = new Map(before.map((a) => [a.key, a]));
  const now = new Map(after.map((a) => [a.key, a]));
  const rank = { low: 0, medium: 1, high: 2 } as const;
  const changes: { change: "raised" | "escalated" | "cleared"; alert: Alert }[] = [];
  for (const a of after) {
    const prev = old.get(a.key);
    if (!prev || prev.raisedAt !== a.raisedAt) changes.push({ change: "raised", alert: a });
    else if (rank[a.priority] > rank[prev.priority]) changes.push({ change: "escalated", alert: a });
  }
  for (const a of before) {
    const next = now.get(a.key);
    if (!next || next.raisedAt !== a.raisedAt) changes.push({ change: "cleared", alert: a });
  }
  return changes;
}

const logRow = (
  sessionId: string,
  change: AlertLogEntry["change"],
  alert: Alert,
  at: number,
  entryId: string | null,
): AlertLogEntry => ({
  sessionId,
  alertKey: alert.key,
  raisedAt: new Date(alert.raisedAt),
  change,
  priority: alert.priority,
  ruleId: alert.ruleId,
  ruleVersion: alert.ruleVersion,
  sideEffectId: alert.sideEffectId,
  at: new Date(at),
  entryId,
});

interface Outcome {
  readonly next: Cached;
  readonly stored: Stored[];
  readonly rejected: { index: number; reason: string }[];
  readonly events: { change: "raised" | "escalated" | "cleared" | "acknowledged"; alert: Alert }[];
  readonly manual: boolean;
}

export interface ChairEngine {
  /** The card of every given session (loading sessions not yet cached). */
  cards(db: Executor, clinicId: string, sessions: readonly Session[]): Promise<BoardCard[]>;
  card(db: Executor, clinicId: string, sessionId: string): Promise<BoardCard | null>;
  /** Everything charted for a session, corrections included, plus its facts. */
  chart(
    db: Executor,
    clinicId: string,
    sessionId: string,
  ): Promise<{ card: BoardCard; facts: SessionFacts; entries: ChartEntry[] } | null>;
  /**
   * Validates and stores entries for sessions. With `partial`, an entry that breaks a rule is reported in
   * `rejected` and the rest are stored (monitor batches); without it, the first problem refuses everything.
   * `audit` entries are written in the same transaction, so the caller is answered after one commit.
   */
  write(
    db: Executor,
    clinicId: string,
    groups: readonly { sessionId: string; entries: readonly EntryInput[] }[],
    writer: Writer,
    opts?: { partial?: boolean; audit?: readonly AuditEvent[] },
  ): Promise<Map<string, { stored: Stored[]; rejected: { index: number; reason: string }[] }>>;
  /** Another instance stored entries for these sessions: catch up and tell this instance's boards. */
  onNotice(db: Executor, notice: ChartNotice): Promise<void>;
  /** Time passed: re-project cached sessions and send the cards whose view changed (escalation, stale feed). */
  tick(): void;
  /** The session each monitor is bound to now (its session's latest monitor entry names it), or null. */
  boundSessions(
    db: Executor,
    clinicId: string,
    deviceIds: readonly string[],
  ): Promise<Map<string, string | null>>;
  /** Forgets sessions discharged or not touched for a while. */
  evict(olderThanMs: number): void;
  readonly instance: string;
}

export function createChairEngine(
  hub: BoardHub,
  clock: () => Date,
  config: ChairConfig = DEFAULT_CHAIR_CONFIG,
): ChairEngine {
  const instance = randomUUID();
  const cache = new Map<string, Cached>();
  const touched = new Map<string, number>();
  /** What the boards were last sent per session: to throttle cards, and to know when one is out of date. */
  const published = new Map<
    string,
    { signature: string; at: number; timer: NodeJS.Timeout | null; staleShown: boolean }
  >();
  const mutex = createKeyedMutex();
  const bindings = new Map<string, { sessionId: string | null; checkedAt: number }>();
  const now = () => clock().getTime();

  const viewOf = (c: Cached): SessionView =>
    projectSession(c.facts, c.entries, now(), { monitoring: c.fold, config });
  const cardOf = (c: Cached): BoardCard => ({ session: c.session, view: viewOf(c) });

  /** What about a view matters enough on the board to send a card when only time has passed. */
  const signature = (v: SessionView) =>
    JSON.stringify([
      v.phase,
      v.feed.stale,
      v.alerts.map((a) => [a.key, a.priority, a.acknowledged?.at, a.escalatedToPhysician]),
      v.checks.overdue.map((c) => [c.scheduleId, c.dueAt]),
      v.checks.due.map((c) => [c.scheduleId, c.dueAt]),
      v.discharge.readiness?.ready,
    ]);

  function publishCard(c: Cached, immediate: boolean): void {
    const id = c.session.id;
    const state = published.get(id) ?? { signature: "", at: 0, timer: null, staleShown: false };
    published.set(id, state);
    const send = () => {
      state.timer = null;
      state.at = now();
      const current = cache.get(id) ?? c;
      const card = cardOf(current);
      state.signature = signature(card.view);
      state.staleShown = card.view.feed.stale;
      hub.publish(current.clinicId, { event: "card", id: current.lastSeq, data: card });
    };
    if (immediate || now() - state.at >= CARD_INTERVAL_MS) {
      if (state.timer) clearTimeout(state.timer);
      send();
    } else if (!state.timer) {
      state.timer = setTimeout(send, CARD_INTERVAL_MS - (now() - state.at));
      state.timer.unref();
    }
  }

  function publishAlerts(c: Cached, events: Outcome["events"]): void {
    if (events.length === 0) return;
    const view = viewOf(c);
    for (const { change, alert } of events) {
      const shown = view.alerts.find((a) => a.key === alert.key) ?? {
        ...alert,
        acknowledged: null,
        escalatedToPhysician: false,
        actions: [],
      };
      hub.publish(c.clinicId, { event: "alert", data: { sessionId: c.session.id, change, alert: shown } });
    }
  }

  async function load(db: Executor, clinicId: string, session: Session): Promise<Cached> {
    const [json] = await sessionsJson(db, clinicId, [session]);
    const facts = await sessionFacts(db, clinicId, session);
    const all = await sessionEntries(db, clinicId, session.id);
    const { entries, keptDeviceAt } = keep([], all, new Map());
    return {
      clinicId,
      session: json!,
      facts,
      entries,
      keptDeviceAt,
      lastSeq: all.at(-1)?.seq ?? 0,
      fold: foldMonitoring(null, effectiveEntries(all), config.monitoring),
    };
  }

  const outdated = (c: Cached, s: Session) =>
    c.session.status !== s.status ||
    c.session.startsAt !== s.startsAt.toISOString() ||
    c.session.chair.id !== s.chair.id;

  /**
   * Sessions' caches brought up to date with the database: one query catches up every cached one, and a session
   * not cached (or moved, or whose status changed) is loaded afresh.
   */
  async function currentMany(
    db: Executor,
    clinicId: string,
    sessions: readonly Session[],
  ): Promise<Map<string, Cached>> {
    const out = new Map<string, Cached>();
    const cached: Cached[] = [];
    for (const s of sessions) {
      const c = cache.get(s.id);
      if (c && !outdated(c, s)) cached.push(c);
      else out.set(s.id, await load(db, clinicId, s));
    }
    if (cached.length > 0) {
      const since = Math.min(...cached.map((c) => c.lastSeq));
      const added = await entriesSince(
        db,
        clinicId,
        cached.map((c) => c.session.id),
        since,
      );
      for (const c of cached) {
        const mine = (added.get(c.session.id) ?? []).filter((e) => e.seq > c.lastSeq);
        out.set(c.session.id, mine.length === 0 ? c : await advance(db, c, mine));
      }
    }
    return out;
  }

  const current = async (db: Executor, clinicId: string, session: Session): Promise<Cached> =>
    (await currentMany(db, clinicId, [session])).get(session.id)!;

  /** The cache after entries were stored; a correction among them means replaying the whole chart. */
  async function advance(db: Executor, c: Cached, added: readonly ChartEntry[]): Promise<Cached> {
    const lastSeq = Math.max(c.lastSeq, ...added.map((e) => e.seq));
    if (added.some((e) => e.amends !== null)) {
      const all = await sessionEntries(db, c.clinicId, c.session.id);
      const { entries, keptDeviceAt } = keep([], all, new Map());
      return {
        ...c,
        entries,
        keptDeviceAt,
        lastSeq,
        fold: foldMonitoring(null, effectiveEntries(all), config.monitoring),
      };
    }
    const { entries, keptDeviceAt } = keep(c.entries, added, c.keptDeviceAt);
    return { ...c, entries, keptDeviceAt, lastSeq, fold: foldMonitoring(c.fold, added, config.monitoring) };
  }

  /** Which of a session's inputs are new and allowed; without `partial` the first problem refuses them all. */
  async function judgeGroup(
    trx: Executor,
    before: Cached,
    inputs: readonly EntryInput[],
    seen: ReadonlyMap<string, ChartEntry>,
    writer: Writer,
    partial: boolean,
  ): Promise<{ accepted: NewEntry[]; rejected: { index: number; reason: string }[] }> {
    const rejected: { index: number; reason: string }[] = [];
    const accepted: NewEntry[] = [];
    // Each entry is judged against the chart as it will be once the entries before it are stored.
    let effective = effectiveEntries(before.entries);
    let draftSeq = before.lastSeq;
    for (const [index, input] of inputs.entries()) {
      const key = `${before.session.id}/${input.clientId}`;
      if (seen.has(key) || accepted.some((a) => a.clientId === input.clientId)) continue;
      const problem = await judge(trx, before, effective, input, writer);
      if (problem) {
        if (!partial) {
          const fields =
            "path" in problem && problem.path ? [{ path: problem.path, message: problem.detail }] : undefined;
          throw new ApiError(problem.code, problem.detail, fields);
        }
        rejected.push({ index, reason: problem.detail });
        continue;
      }
      const entry: NewEntry = {
        clientId: input.clientId,
        at: input.at,
        recordedBy: writer.userId,
        source: input.source,
        body: input.body,
        amends: input.amends,
        reason: input.reason,
      };
      accepted.push(entry);
      draftSeq += 1;
      if (input.amends === null) {
        effective = [
          ...effective,
          { ...entry, id: `draft-${draftSeq}`, seq: draftSeq, at: input.at.getTime(), recordedAt: now() },
        ];
      }
    }
    return { accepted, rejected };
  }

  /** A session after its new entries: the monitoring fold, alert transitions, status and analytics summary. */
  async function finishGroup(
    trx: Executor,
    clinicId: string,
    before: Cached,
    inserted: readonly ChartEntry[],
    logRows: AlertLogEntry[],
  ): Promise<{ next: Cached; events: Outcome["events"] }> {
    const sessionId = before.session.id;
    const next = inserted.length === 0 ? before : await advance(trx, before, inserted);
    const events: Outcome["events"] = alertChanges(before.fold.alerts, next.fold.alerts);
    const last = inserted.at(-1);
    logRows.push(...events.map((e) => logRow(sessionId, e.change, e.alert, now(), last?.id ?? null)));
    for (const e of inserted) {
      if (e.body.kind !== "alert-ack") continue;
      const { alertKey, raisedAt } = e.body;
      const alert = next.fold.alerts.find((a) => a.key === alertKey && a.raisedAt === raisedAt);
      if (alert) {
        events.push({ change: "acknowledged", alert });
        logRows.push(logRow(sessionId, "acknowledged", alert, e.recordedAt, e.id));
      }
    }
    const status = inserted.some((e) => e.body.kind === "discharge")
      ? "completed"
      : inserted.some((e) => e.body.kind === "infusion-start")
        ? "in-progress"
        : null;
    let session = next.session;
    if (status) {
      await setSessionStatus(trx, clinicId, sessionId, status);
      session = { ...session, status };
    }
    // A discharged infusion's analytics summary is written with the discharge and rewritten on corrections.
    if (
      session.status === "completed" &&
      (status === "completed" || inserted.some((e) => e.amends !== null))
    ) {
      const view = projectSession(next.facts, next.entries, now(), { monitoring: next.fold, config });
      const summary = await summarise(trx, clinicId, {
        facts: next.facts,
        view,
        entries: next.entries,
        patientId: session.patient.id,
      });
      await saveSummary(trx, clinicId, summary, clock());
    }
    return { next: { ...next, session }, events };
  }

  /** Keeps the monitor bindings this instance knows in step with the monitor and discharge entries it stored. */
  function rebind(clinicId: string, sessionId: string, stored: readonly Stored[]): void {
    for (const { entry, replayed } of stored) {
      if (replayed || (entry.body.kind !== "monitor" && entry.body.kind !== "discharge")) continue;
      for (const [key, b] of bindings) if (b.sessionId === sessionId) bindings.delete(key);
      if (entry.body.kind === "monitor" && entry.body.deviceId !== null) {
        bindings.set(`${clinicId}/${entry.body.deviceId}`, { sessionId, checkedAt: now() });
      }
    }
  }

  async function judge(
    trx: Executor,
    c: Cached,
    effective: readonly ChartEntry[],
    input: EntryInput,
    writer: Writer,
  ): Promise<EntryProblem | null> {
    if (input.at.getTime() > now() + 60_000) {
      return { code: "validation.failed", detail: "The time of the entry is in the future.", path: "/at" };
    }
    const body = input.body;
    if (body.kind === "alert-ack" && input.amends === null) {
      const active = c.fold.alerts.some((a) => a.key === body.alertKey && a.raisedAt === body.raisedAt);
      if (!active) {
        return {
          code: "chair.invalid_transition",
          detail: "That alert is not active (it may have cleared).",
        };
      }
    }
    // A monitor's reading obeys the same phase rules as one typed in by the nurse at the chair.
    const role = writer.role === "gateway" ? "nurse" : writer.role;
    if (input.amends !== null) {
      const original = await entryById(trx, c.clinicId, c.session.id, input.amends);
      const reason = correctionProblem(original ?? undefined, input, c.entries);
      if (reason) return { code: "validation.failed", detail: reason, path: original ? "/body" : "/amends" };
    }
    return entryProblem(c.facts, effective, input.body, input.at.getTime(), role, {
      amends: input.amends,
      config,
    });
  }

  return {
    instance,

    async cards(db, clinicId, sessions) {
      const out: BoardCard[] = [];
      for (const s of sessions) {
        const c = await mutex.run([s.id], async () => {
          const fresh = await current(db, clinicId, s);
          cache.set(s.id, fresh);
          touched.set(s.id, now());
          return fresh;
        });
        const card = cardOf(c);
        // The board now shows this view: later changes that only time brings (escalation) are measured from it.
        if (!published.has(s.id)) {
          published.set(s.id, {
            signature: signature(card.view),
            at: 0,
            timer: null,
            staleShown: card.view.feed.stale,
          });
        }
        out.push(card);
      }
      return out;
    },

    async card(db, clinicId, sessionId) {
      const [s] = await sessionsById(db, clinicId, [sessionId]);
      if (!s) return null;
      return (await this.cards(db, clinicId, [s]))[0] ?? null;
    },

    async chart(db, clinicId, sessionId) {
      const [s] = await sessionsById(db, clinicId, [sessionId]);
      if (!s) return null;
      const [card] = await this.cards(db, clinicId, [s]);
      const c = cache.get(sessionId)!;
      return { card: card!, facts: c.facts, entries: await sessionEntries(db, clinicId, sessionId) };
    },

    async write(db, clinicId, groups, writer, opts = {}) {
      const ids = [...new Set(groups.map((g) => g.sessionId))].sort();
      return mutex.run(ids, async () => {
        const outcomes = await db.transaction().execute(async (trx) => {
          // A constant number of statements whatever the number of sessions: lock, read, catch up, insert.
          await lockSessions(trx, clinicId, ids);
          const sessions = await sessionsById(trx, clinicId, ids);
          if (sessions.length < ids.length && !opts.partial)
            throw new ApiError("not_found", "No such session.");
          const befores = await currentMany(trx, clinicId, sessions);
          const seen = await entriesByClientIds(
            trx,
            clinicId,
            groups.flatMap((g) => g.entries.map((e) => ({ sessionId: g.sessionId, clientId: e.clientId }))),
          );
          const judged = [];
          for (const g of groups) {
            const before = befores.get(g.sessionId);
            if (!before) continue;
            judged.push({
              g,
              before,
              ...(await judgeGroup(trx, before, g.entries, seen, writer, opts.partial ?? false)),
            });
          }
          const inserted = await appendEntries(
            trx,
            clinicId,
            judged.flatMap((j) => j.accepted.map((a) => ({ ...a, sessionId: j.g.sessionId }))),
            clock(),
          );
          const logRows: AlertLogEntry[] = [];
          const done: Outcome[] = [];
          for (const { g, before, rejected } of judged) {
            const mine = inserted.get(g.sessionId) ?? [];
            const { next, events } = await finishGroup(trx, clinicId, before, mine, logRows);
            const stored: Stored[] = g.entries.flatMap((i): Stored[] => {
              const old = seen.get(`${g.sessionId}/${i.clientId}`);
              if (old) return [{ entry: old, replayed: true }];
              const fresh = mine.find((e) => e.clientId === i.clientId);
              return fresh ? [{ entry: fresh, replayed: false }] : [];
            });
            done.push({ next, stored, rejected, events, manual: writer.userId !== null });
          }
          await appendAlertLog(trx, clinicId, logRows);
          if (opts.audit && opts.audit.length > 0) await appendAuditBatch(trx, opts.audit);
          const changed = done.filter((o) => o.stored.some((s) => !s.replayed)).map((o) => o.next.session.id);
          if (changed.length > 0) {
            await notifyLive(trx, { kind: "chart", clinicId, sessionIds: changed, origin: instance });
          }
          return done;
        });
        const result = new Map<string, { stored: Stored[]; rejected: { index: number; reason: string }[] }>();
        for (const o of outcomes) {
          const id = o.next.session.id;
          cache.set(id, o.next);
          touched.set(id, now());
          result.set(id, { stored: o.stored, rejected: o.rejected });
          if (o.stored.every((s) => s.replayed)) continue;
          rebind(clinicId, id, o.stored);
          publishAlerts(o.next, o.events);
          // Readings from a monitor the boards show as stale clear that mark at once, not at the next card.
          const wasStale = published.get(id)?.staleShown ?? false;
          publishCard(o.next, o.manual || o.events.length > 0 || wasStale);
        }
        return result;
      });
    },

    async boundSessions(db, clinicId, deviceIds) {
      const out = new Map<string, string | null>();
      const unknown: string[] = [];
      for (const d of new Set(deviceIds)) {
        const known = bindings.get(`${clinicId}/${d}`);
        if (known && now() - known.checkedAt < BINDING_TTL_MS) out.set(d, known.sessionId);
        else unknown.push(d);
      }
      if (unknown.length > 0) {
        const found = await boundSessions(db, clinicId, unknown);
        for (const d of unknown) {
          const sessionId = found.get(d) ?? null;
          bindings.set(`${clinicId}/${d}`, { sessionId, checkedAt: now() });
          out.set(d, sessionId);
        }
      }
      return out;
    },

    async onNotice(db, notice) {
      // Bindings to these sessions may have changed through the other instance: look them up again when next used.
      for (const [key, b] of bindings)
        if (b.sessionId && notice.sessionIds.includes(b.sessionId)) bindings.delete(key);
      if (!hub.hasSubscribers(notice.clinicId)) {
        // Nobody here is watching: drop stale copies; they are reloaded when next needed.
        for (const id of notice.sessionIds) cache.delete(id);
        return;
      }
      const sessions = await sessionsById(db, notice.clinicId, notice.sessionIds);
      for (const s of sessions) {
        await mutex.run([s.id], async () => {
          const before = cache.get(s.id);
          const next = await current(db, notice.clinicId, s);
          cache.set(s.id, next);
          touched.set(s.id, now());
          publishAlerts(next, before ? alertChanges(before.fold.alerts, next.fold.alerts) : []);
          publishCard(next, true);
        });
      }
    },

    tick() {
      for (const c of cache.values()) {
        if (!hub.hasSubscribers(c.clinicId)) continue;
        const state = published.get(c.session.id);
        if (!state || state.timer) continue;
        const view = viewOf(c);
        if (signature(view) !== state.signature) publishCard(c, true);
      }
    },

    evict(olderThanMs) {
      const cutoff = now() - olderThanMs;
      for (const [id, at] of touched) {
        const c = cache.get(id);
        if (at < cutoff || c?.session.status === "completed" || c?.session.status === "cancelled") {
          if (at >= cutoff && c?.session.status === "completed" && now() - at < 60_000) continue;
          cache.delete(id);
          touched.delete(id);
          const state = published.get(id);
          if (state?.timer) clearTimeout(state.timer);
          published.delete(id);
        }
      }
    },
  };
}
