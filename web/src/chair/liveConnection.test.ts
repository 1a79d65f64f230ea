import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type EventStream, keepLive, REOPEN_MS, SILENCE_MS } from "./liveConnection";

/** A stream the test drives by hand: it opens, delivers named events, fails. */
class FakeStream implements EventStream {
  readyState = 0;
  closed = false;
  onopen: ((event: Event) => unknown) | null = null;
  onerror: ((event: Event) => unknown) | null = null;
  private readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  emit(type: string, data: string): void {
    this.listeners.get(type)?.({ data } as MessageEvent<string>);
  }
  fail(readyState: 0 | 2): void {
    this.readyState = readyState;
    this.onerror?.(new Event("error"));
  }
}

function connect() {
  const streams: FakeStream[] = [];
  const log: string[] = [];
  const close = keepLive({
    create: () => {
      const s = new FakeStream();
      streams.push(s);
      return s;
    },
    events: { ping: () => log.push("ping"), card: (data) => log.push(`card ${data}`) },
    onOpen: () => log.push("open"),
    onLost: () => log.push("lost"),
    onReopen: () => log.push("reopen"),
  });
  const latest = () => streams[streams.length - 1] as FakeStream;
  return { streams, log, close, latest };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("keepLive", () => {
  it("hands named events to their handlers", () => {
    const { latest, log } = connect();
    latest().open();
    latest().emit("card", "{}");
    latest().emit("ping", "{}");
    expect(log).toEqual(["open", "card {}", "ping"]);
  });

  it("keeps a stream that hears a heartbeat every 10 s for as long as it lasts", () => {
    const { streams, latest, log } = connect();
    latest().open();
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(10_000);
      latest().emit("ping", "{}");
    }
    expect(streams).toHaveLength(1);
    expect(log).not.toContain("lost");
  });

  it("calls a stream silent for 25 s lost, closes it and opens a fresh one", () => {
    const { streams, latest, log } = connect();
    latest().open();
    latest().emit("ping", "{}");
    vi.advanceTimersByTime(SILENCE_MS - 1);
    expect(log).toEqual(["open", "ping"]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(["open", "ping", "lost", "reopen"]);
    expect(streams).toHaveLength(2);
    expect(streams[0]?.closed).toBe(true);
    expect(streams[1]?.closed).toBe(false);
  });

  it("counts the silence from the last event of any kind", () => {
    const { streams, latest } = connect();
    latest().open();
    vi.advanceTimersByTime(SILENCE_MS - 1_000);
    latest().emit("card", "{}");
    vi.advanceTimersByTime(SILENCE_MS - 1_000);
    expect(streams).toHaveLength(1);
  });

  it("gives up on a stream that never opens nor fails", () => {
    const { streams, log } = connect();
    vi.advanceTimersByTime(SILENCE_MS);
    expect(log).toEqual(["lost", "reopen"]);
    expect(streams).toHaveLength(2);
  });

  it("keeps watching a replacement stream, which can go silent too", () => {
    const { streams } = connect();
    vi.advanceTimersByTime(SILENCE_MS);
    vi.advanceTimersByTime(SILENCE_MS);
    expect(streams).toHaveLength(3);
    expect(streams.filter((s) => !s.closed)).toHaveLength(1);
  });

  it("reopens a stream the browser closed after 5 s, without waiting for the silence", () => {
    const { streams, latest, log } = connect();
    latest().open();
    latest().fail(2);
    expect(log).toEqual(["open", "lost"]);
    vi.advanceTimersByTime(REOPEN_MS);
    expect(log).toEqual(["open", "lost", "reopen"]);
    expect(streams).toHaveLength(2);
    // The closed stream's watchdog was disarmed: only the new stream's silence reopens again.
    vi.advanceTimersByTime(SILENCE_MS - REOPEN_MS);
    expect(streams).toHaveLength(2);
  });

  it("leaves a stream the browser is retrying to the browser, until it stays silent", () => {
    const { streams, latest, log } = connect();
    latest().open();
    latest().fail(0);
    vi.advanceTimersByTime(REOPEN_MS);
    expect(streams).toHaveLength(1);
    latest().open();
    expect(log).toEqual(["open", "lost", "open"]);
    vi.advanceTimersByTime(SILENCE_MS);
    expect(streams).toHaveLength(2);
  });

  it("stops for good when closed", () => {
    const { streams, latest, close } = connect();
    latest().open();
    latest().fail(2);
    close();
    vi.advanceTimersByTime(10 * SILENCE_MS);
    expect(streams).toHaveLength(1);
    expect(latest().closed).toBe(true);
  });
});
