/** The one outbox of this browser, bound to the signed-in user and the query cache. */
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { chair } from "../api/endpoints";
import { markSessionExpired } from "../auth/expiry";
import { useMe } from "../auth/session";
import { Outbox, type OutboxItem } from "./outbox";
import { receiveCard } from "./queries";

let shared: Outbox | null = null;
let cache: QueryClient | null = null;

function outbox(): Outbox {
  if (!shared) {
    const box = new Outbox({
      storage: window.localStorage,
      send: chair.addEntry,
      onSent: (_item, result) => cache && receiveCard(cache, result.card),
      onSignedOut: markSessionExpired,
    });
    window.addEventListener("online", () => void box.flush());
    shared = box;
  }
  return shared;
}

/** The outbox, sending as the signed-in user. */
export function useOutbox(): Outbox {
  const me = useMe();
  const client = useQueryClient();
  const box = outbox();
  useEffect(() => {
    cache = client;
    box.setUser(me.id);
  }, [box, client, me.id]);
  return box;
}

/** The entries not yet stored by the server, re-rendering as they change. */
export function useUnsent(): readonly OutboxItem[] {
  const box = useOutbox();
  return useSyncExternalStore(box.subscribe, box.snapshot);
}
