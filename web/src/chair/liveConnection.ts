/**
 * Keeps one live event stream open: hands each named event to its handler, notices a stream that closed
 * or went quiet, and opens a fresh one. The server sends a `ping` event every 10 s, so silence longer than
 * two missed heartbeats means the connection is gone even if the socket never closed (a dropped network,
 * a proxy holding it open).
 */

/** The part of `EventSource` used here (a fake one in tests). */
export interface EventStream {
  readonly readyState: number;
  onopen: ((event: Event) => unknown) | null;
  onerror: ((event: Event) => unknown) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** `EventSource.CLOSED`: the browser gave up on the stream and will not retry by itself. */
const CLOSED = 2;
/** A stream the browser gave up on (e.g. an error answer) is opened again after this long. */
export const REOPEN_MS = 5_000;
/** No event at all for this long (two and a half heartbeats) counts as a lost stream. */
export const SILENCE_MS = 25_000;

export interface LiveConnection {
  /** Opens a new stream. */
  create(): EventStream;
  /** Handlers of the named events, given the event's data. */
  events: Readonly<Record<string, (data: string) => void>>;
  /** The stream opened. */
  onOpen(): void;
  /** The stream failed or went silent: what is shown may be stale. */
  onLost(): void;
  /** A replacement stream was opened; it cannot replay what the old one missed. */
  onReopen(): void;
}

/** Opens the stream and keeps it open; the returned function closes it for good. */
export function keepLive(connection: LiveConnection): () => void {
  let source: EventStream | null = null;
  let reopen: ReturnType<typeof setTimeout> | null = null;
  let silence: ReturnType<typeof setTimeout> | null = null;

  const clearTimers = () => {
    if (reopen) clearTimeout(reopen);
    if (silence) clearTimeout(silence);
    reopen = null;
    silence = null;
  };
  const watch = () => {
    if (silence) clearTimeout(silence);
    silence = setTimeout(() => {
      connection.onLost();
      open(true);
    }, SILENCE_MS);
  };
  const open = (replacing: boolean) => {
    clearTimers();
    source?.close();
    const stream = connection.create();
    source = stream;
    if (replacing) connection.onReopen();
    watch();
    stream.onopen = () => {
      watch();
      connection.onOpen();
    };
    stream.onerror = () => {
      connection.onLost();
      // While connecting again the browser retries by itself and the watchdog stays armed.
      if (stream.readyState === CLOSED) {
        clearTimers();
        reopen = setTimeout(() => open(true), REOPEN_MS);
      }
    };
    for (const [type, handle] of Object.entries(connection.events)) {
      stream.addEventListener(type, (event) => {
        watch();
        handle(event.data);
      });
    }
  };

  open(false);
  return () => {
    clearTimers();
    source?.close();
  };
}
