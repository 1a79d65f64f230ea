/** The worklist's place in the query cache, and how a live worklist event lands in it. */
import type { QueryClient } from "@tanstack/react-query";
import type { WorklistEvent, WorklistItem } from "../api/followup";
import { withWorklistEvent } from "./worklist";

export const WORKLIST_KEY = ["followup", "worklist"] as const;
export const outcomesKey = (patientId: string) => ["followup", "outcomes", patientId] as const;

export function receiveWorklistEvent(client: QueryClient, event: WorklistEvent): void {
  client.setQueryData<{ items: WorklistItem[] }>(
    WORKLIST_KEY,
    (list) => list && { items: withWorklistEvent(list.items, event) },
  );
  // A patient's outcomes list the reports too, so an open record catches up.
  void client.invalidateQueries({ queryKey: outcomesKey(event.item.patient.id) });
}
