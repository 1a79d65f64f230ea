/**
 * Server-sent events for the floor board: each signed-in staff member's browser holds one stream for their
 * clinic. The hub only fans out; what to send is decided by the engine.
 */
import type { ServerResponse } from "node:http";

export interface LiveEvent {
  readonly event: "hello" | "card" | "alert" | "worklist" | "ping";
  /** Recording order of the latest entry behind a `card` event: the browser sends it back on reconnect. */
  readonly id?: number;
  readonly data: unknown;
}

/** A stream that stopped reading is dropped once this much is queued for it; it reconnects and replays. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export function formatEvent(e: LiveEvent): string {
  return `event: ${e.event}\n${e.id === undefined ? "" : `id: ${e.id}\n`}data: ${JSON.stringify(e.data)}\n\n`;
}

export interface BoardHub {
  /** Adds a stream; returns the function that removes it. */
  subscribe(clinicId: string, res: ServerResponse): () => void;
  publish(clinicId: string, event: LiveEvent): void;
  hasSubscribers(clinicId: string): boolean;
  /** Clinics with at least one open stream. */
  clinics(): string[];
  /**
   * Sends a heartbeat event to every stream: proxies keep idle streams open, and a browser that stops hearing
   * it knows its stream went quiet without closing.
   */
  ping(): void;
  closeAll(): void;
}

export function createBoardHub(): BoardHub {
  const streams = new Map<string, Set<ServerResponse>>();
  const write = (res: ServerResponse, text: string) => {
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      res.destroy();
      return;
    }
    res.write(text);
  };
  return {
    subscribe(clinicId, res) {
      const set = streams.get(clinicId) ?? new Set<ServerResponse>();
      streams.set(clinicId, set);
      set.add(res);
      return () => {
        set.delete(res);
        if (set.size === 0) streams.delete(clinicId);
      };
    },
    publish(clinicId, event) {
      const set = streams.get(clinicId);
      if (!set) return;
      const text = formatEvent(event);
      for (const res of set) write(res, text);
    },
    hasSubscribers: (clinicId) => (streams.get(clinicId)?.size ?? 0) > 0,
    clinics: () => [...streams.keys()],
    ping() {
      const beat = formatEvent({ event: "ping", data: { at: Date.now() } });
      for (const set of streams.values()) for (const res of set) write(res, beat);
    },
    closeAll() {
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}
