/** Test helpers for the chair routes: a demo session today, charting, and passing the pre-infusion gate. */
import { randomUUID } from "node:crypto";
import { GATE_ITEMS } from "../../clinical/chair/entries";
import { seedDemoClinicalHistory } from "../demo";
import type { Reply, Session, TestServer } from "../testing";

export const today = () => new Date().toISOString().slice(0, 10);

/** Seeds the demo clinic's history (today's sessions) and returns the ids of today's sessions. */
export async function demoSessionsToday(server: TestServer, nurse: Session): Promise<string[]> {
  await seedDemoClinicalHistory(server.db, new Date());
  const board = await nurse.request("GET", `/api/board?date=${today()}`);
  if (board.status !== 200) throw new Error(`board: ${board.status} ${JSON.stringify(board.body)}`);
  const ids: string[] = board.body.cards.map((c: { session: { id: string } }) => c.session.id);
  // A session seeded near midnight may fall on tomorrow: the tests need at least one today.
  if (ids.length === 0) throw new Error("the demo seeded no session today");
  return ids;
}

/** Charts one entry now (or at `at`) with a fresh client id unless one is given. */
export function chart(
  as: Session,
  sessionId: string,
  body: Record<string, unknown>,
  opts: { clientId?: string; at?: Date; amends?: string; reason?: string } = {},
): Promise<Reply> {
  return as.request("POST", `/api/sessions/${sessionId}/entries`, {
    body: {
      clientId: opts.clientId ?? randomUUID(),
      at: (opts.at ?? new Date()).toISOString(),
      body,
      ...(opts.amends ? { amends: opts.amends } : {}),
      ...(opts.reason ? { reason: opts.reason } : {}),
    },
  });
}

export const BASELINE = { kind: "vitals", baseline: true, hr: 72, sbp: 122, dbp: 78, spo2: 98, rr: 14 };

/** Confirms every gate item and records in-range baseline vitals; throws on any refusal. */
export async function passGate(as: Session, sessionId: string): Promise<void> {
  for (const item of GATE_ITEMS) {
    const res = await chart(as, sessionId, { kind: "gate-check", item, outcome: "confirmed" });
    if (res.status !== 201) throw new Error(`gate ${item}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const res = await chart(as, sessionId, BASELINE);
  if (res.status !== 201) throw new Error(`baseline: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Reads server-sent events from a stream until `until` returns true for one (or the time runs out). */
export async function readEvents(
  base: string,
  cookie: string,
  until: (event: { event: string; id?: string; data: unknown }) => boolean,
  opts: { lastEventId?: string; timeoutMs?: number; onOpen?: () => Promise<void> } = {},
): Promise<{ event: string; id?: string; data: unknown }[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 5_000);
  const seen: { event: string; id?: string; data: unknown }[] = [];
  try {
    const res = await fetch(`${base}/api/board/events`, {
      headers: { cookie, ...(opts.lastEventId ? { "last-event-id": opts.lastEventId } : {}) },
      signal: controller.signal,
    });
    if (!res.ok || !res.body) throw new Error(`stream: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let opened = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut = buffer.indexOf("\n\n");
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        cut = buffer.indexOf("\n\n");
        const fields = Object.fromEntries(
          block
            .split("\n")
            .filter((l) => l && !l.startsWith(":"))
            .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
        );
        if (!fields.event) continue;
        const event = { event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? "null") };
        seen.push(event);
        if (event.event === "hello" && !opened) {
          opened = true;
          await opts.onOpen?.();
        }
        if (until(event)) return seen;
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return seen;
}
