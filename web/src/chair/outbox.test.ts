import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chair } from "../api/endpoints";
import type { EntryRequest } from "../api/types";
import { OUTBOX_KEY, Outbox, type OutboxOptions, retryDelayMs, type StorageLike } from "./outbox";

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
}

type Answer = { status: number; body?: unknown } | "network-down";

/** A fake fetch answering from a script, recording what was posted. */
function fakeFetch(answers: Answer[]) {
  const posted: { url: string; body: EntryRequest }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    posted.push({ url, body: JSON.parse(String(init.body)) });
    const answer = answers.shift() ?? { status: 201 };
    if (answer === "network-down") throw new TypeError("Failed to fetch");
    const body = answer.body ?? (answer.status < 300 ? { entry: {}, card: {} } : {});
    return new Response(JSON.stringify(body), { status: answer.status });
  });
  return { fetch, posted };
}

const vitals = { body: { kind: "vitals" as const, hr: 72 } };
const refusal = {
  status: 409,
  body: { title: "Not infusing", status: 409, code: "chair.invalid_transition", detail: "Nothing to pause." },
};

function makeOutbox(storage = new MemoryStorage(), extra: Partial<OutboxOptions> = {}) {
  let n = 0;
  const outbox = new Outbox({
    storage,
    send: chair.addEntry,
    newId: () => `id-${++n}`,
    now: () => new Date("2026-11-25T10:00:00Z"),
    ...extra,
  });
  outbox.setUser("nurse-1");
  return outbox;
}

describe("outbox", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("stores the entry with its client id and time before sending, and forgets it once stored", async () => {
    const { fetch, posted } = fakeFetch([{ status: 201 }]);
    vi.stubGlobal("fetch", fetch);
    const storage = new MemoryStorage();
    const sent: string[] = [];
    const outbox = makeOutbox(storage, { onSent: (item) => sent.push(item.request.clientId) });
    outbox.record("s1", "Vital signs", vitals);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY)!)).toHaveLength(1);
    await outbox.flush();
    await vi.runAllTimersAsync();
    expect(posted).toEqual([
      {
        url: "/api/sessions/s1/entries",
        body: { clientId: "id-1", at: "2026-11-25T10:00:00.000Z", body: { kind: "vitals", hr: 72 } },
      },
    ]);
    expect(sent).toEqual(["id-1"]);
    expect(outbox.snapshot()).toEqual([]);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY)!)).toEqual([]);
  });

  it("sends entries in the order they were saved", async () => {
    const { fetch, posted } = fakeFetch([]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.record("s1", "Start", { body: { kind: "infusion-start", rateMgPerHour: 35 } });
    outbox.record("s1", "Pause", { body: { kind: "pause", reason: "nausea" } });
    outbox.record("s2", "Vital signs", vitals);
    await vi.runAllTimersAsync();
    expect(posted.map((p) => p.body.clientId)).toEqual(["id-1", "id-2", "id-3"]);
  });

  it("retries a network failure and a server fault with the same client id, with growing delays", async () => {
    const { fetch, posted } = fakeFetch(["network-down", { status: 503 }, { status: 201 }]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.record("s1", "Vital signs", vitals);
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toHaveLength(1);
    expect(outbox.snapshot()[0]?.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    expect(posted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(retryDelayMs(2) - 1);
    expect(posted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(posted).toHaveLength(3);
    expect(new Set(posted.map((p) => p.body.clientId))).toEqual(new Set(["id-1"]));
    expect(outbox.snapshot()).toEqual([]);
  });

  it("holds later entries back while the oldest waits for the network", async () => {
    const { fetch, posted } = fakeFetch(["network-down"]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.record("s1", "Start", { body: { kind: "infusion-start", rateMgPerHour: 35 } });
    await vi.advanceTimersByTimeAsync(0);
    outbox.record("s1", "Pause", { body: { kind: "pause", reason: "nausea" } });
    await vi.runAllTimersAsync();
    expect(posted.map((p) => p.body.clientId)).toEqual(["id-1", "id-1", "id-2"]);
  });

  it("stops a refused entry, keeps the problem beside it, and carries on with the next", async () => {
    const { fetch, posted } = fakeFetch([refusal, { status: 201 }]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.record("s1", "Pause", { body: { kind: "pause", reason: "nausea" } });
    outbox.record("s1", "Vital signs", vitals);
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(2);
    const [stopped] = outbox.snapshot();
    expect(stopped?.request.clientId).toBe("id-1");
    expect(stopped?.problem).toMatchObject({ status: 409, code: "chair.invalid_transition" });
    outbox.discard("id-1");
    expect(outbox.snapshot()).toEqual([]);
  });

  it("keeps entries across a reload and sends them after it", async () => {
    const { fetch, posted } = fakeFetch(["network-down"]);
    vi.stubGlobal("fetch", fetch);
    const storage = new MemoryStorage();
    makeOutbox(storage).record("s1", "Vital signs", vitals);
    await vi.advanceTimersByTimeAsync(0);
    vi.clearAllTimers();
    const reloaded = makeOutbox(storage);
    await vi.runAllTimersAsync();
    expect(posted.map((p) => p.body.clientId)).toEqual(["id-1", "id-1"]);
    expect(reloaded.snapshot()).toEqual([]);
  });

  it("sends only the signed-in account's entries", async () => {
    const { fetch, posted } = fakeFetch(["network-down"]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.setUser(null);
    expect(() => outbox.record("s1", "Vital signs", vitals)).toThrow();
    outbox.setUser("nurse-2");
    outbox.record("s1", "Vital signs", vitals);
    await vi.advanceTimersByTimeAsync(0);
    outbox.setUser("nurse-1");
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(1);
    expect(outbox.snapshot().map((i) => i.userId)).toEqual(["nurse-2"]);
    outbox.setUser("nurse-2");
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(2);
    expect(outbox.snapshot()).toEqual([]);
  });

  it("waits for a new sign-in when the session has ended, and reports it", async () => {
    const expired = { status: 401, body: { title: "Sign in", status: 401, code: "auth.required" } };
    const { fetch, posted } = fakeFetch([expired, { status: 201 }]);
    vi.stubGlobal("fetch", fetch);
    const onSignedOut = vi.fn();
    const outbox = makeOutbox(new MemoryStorage(), { onSignedOut });
    outbox.record("s1", "Vital signs", vitals);
    await vi.advanceTimersByTimeAsync(0);
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(outbox.snapshot()[0]?.problem).toBeNull();
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(2);
    expect(outbox.snapshot()).toEqual([]);
  });

  it("keeps waiting out the delay when the same user is set again", async () => {
    const { fetch, posted } = fakeFetch(["network-down"]);
    vi.stubGlobal("fetch", fetch);
    const outbox = makeOutbox();
    outbox.record("s1", "Vital signs", vitals);
    await vi.advanceTimersByTimeAsync(0);
    outbox.setUser("nurse-1");
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    expect(posted).toHaveLength(2);
  });

  it("caps the retry delay at 30 seconds", () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 30_000]);
  });
});
