/**
 * The one live connection of a page: `/api/board/events`. Cards, alerts and worklist changes from it go
 * straight into the query cache; the page learns whether the stream is up and when it last heard from the
 * server.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { WorklistEvent } from "../api/followup";
import type { AlertEvent, BoardCard } from "../api/types";
import { receiveWorklistEvent, WORKLIST_KEY } from "../followup/queries";
import { announceWorklist } from "../followup/worklist";
import { syncServerClock } from "./clock";
import { announce } from "./live";
import { BOARD_KEY, receiveAlert, receiveCard } from "./queries";

export interface StreamStatus {
  connected: boolean;
  /** When the last event arrived (browser time), or null before the first. */
  lastUpdateAt: number | null;
  /** The latest alert (or, where asked for, worklist change) worth announcing, for the live region. */
  announcement: string;
}

/** A stream the browser gave up on (e.g. an error answer) is opened again after this long. */
const REOPEN_MS = 5000;

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
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | null = null;
    const heard = (extra: Partial<StreamStatus> = {}) =>
      setStatus((s) => ({ ...s, connected: true, lastUpdateAt: Date.now(), ...extra }));
    const open = (afterGiveUp: boolean) => {
      source = new EventSource("/api/board/events");
      // A fresh stream cannot replay what was missed, so the board is read again.
      if (afterGiveUp) {
        void client.invalidateQueries({ queryKey: BOARD_KEY });
        void client.invalidateQueries({ queryKey: WORKLIST_KEY });
      }
      source.onopen = () => heard();
      source.onerror = () => {
        setStatus((s) => ({ ...s, connected: false }));
        if (source?.readyState === EventSource.CLOSED) reopen = setTimeout(() => open(true), REOPEN_MS);
      };
      source.addEventListener("hello", (e) => {
        syncServerClock((JSON.parse(e.data) as { now: number }).now);
        heard();
      });
      source.addEventListener("card", (e) => {
        receiveCard(client, JSON.parse(e.data) as BoardCard);
        heard();
      });
      source.addEventListener("alert", (e) => {
        const event = JSON.parse(e.data) as AlertEvent;
        receiveAlert(client, event);
        const words = announce(event, names.current(event.sessionId));
        heard(words ? { announcement: words } : {});
      });
      source.addEventListener("worklist", (e) => {
        const event = JSON.parse(e.data) as WorklistEvent;
        receiveWorklistEvent(client, event);
        heard(worklistWords.current ? { announcement: announceWorklist(event) } : {});
      });
    };
    open(false);
    return () => {
      if (reopen) clearTimeout(reopen);
      source?.close();
    };
  }, [client]);

  return status;
}
