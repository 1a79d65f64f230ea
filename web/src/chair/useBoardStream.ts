/**
 * The one live connection of a page: `/api/board/events`. Cards, alerts and worklist changes from it go
 * straight into the query cache; the page learns whether the stream is up and when it last heard from the
 * server (the heartbeat counts: it says the stream is alive and nothing changed).
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { WorklistEvent } from "../api/followup";
import type { AlertEvent, BoardCard } from "../api/types";
import { receiveWorklistEvent, WORKLIST_KEY } from "../followup/queries";
import { announceWorklist } from "../followup/worklist";
import { syncServerClock } from "./clock";
import { announce } from "./live";
import { keepLive } from "./liveConnection";
import { BOARD_KEY, receiveAlert, receiveCard } from "./queries";

export interface StreamStatus {
  connected: boolean;
  /** When the last event arrived (browser time), or null before the first. */
  lastUpdateAt: number | null;
  /** The latest alert (or, where asked for, worklist change) worth announcing, for the live region. */
  announcement: string;
}

/**
 * `nameOf` names the patient of a session for alert announcements; `announceWorklist` makes worklist
 * changes announced too (the worklist page), otherwise they only update the cache.
 */
export function useBoardStream(
  nameOf: (sessionId: string) => string | null,
  options: { announceWorklist?: boolean } = {},
): StreamStatus {
  const client = useQueryClient();
  const names = useRef(nameOf);
  names.current = nameOf;
  const worklistWords = useRef(options.announceWorklist ?? false);
  worklistWords.current = options.announceWorklist ?? false;
  const [status, setStatus] = useState<StreamStatus>({
    connected: false,
    lastUpdateAt: null,
    announcement: "",
  });

  useEffect(() => {
    const heard = (extra: Partial<StreamStatus> = {}) =>
      setStatus((s) => ({ ...s, connected: true, lastUpdateAt: Date.now(), ...extra }));
    return keepLive({
      create: () => new EventSource("/api/board/events"),
      onOpen: () => heard(),
      onLost: () => setStatus((s) => ({ ...s, connected: false })),
      // A fresh stream cannot replay what was missed, so the board is read again.
      onReopen: () => {
        void client.invalidateQueries({ queryKey: BOARD_KEY });
        void client.invalidateQueries({ queryKey: WORKLIST_KEY });
      },
      events: {
        hello: (data) => {
          syncServerClock((JSON.parse(data) as { now: number }).now);
          heard();
        },
        ping: () => heard(),
        card: (data) => {
          receiveCard(client, JSON.parse(data) as BoardCard);
          heard();
        },
        alert: (data) => {
          const event = JSON.parse(data) as AlertEvent;
          receiveAlert(client, event);
          const words = announce(event, names.current(event.sessionId));
          heard(words ? { announcement: words } : {});
        },
        worklist: (data) => {
          const event = JSON.parse(data) as WorklistEvent;
          receiveWorklistEvent(client, event);
          heard(worklistWords.current ? { announcement: announceWorklist(event) } : {});
        },
      },
    });
  }, [client]);

  return status;
}
