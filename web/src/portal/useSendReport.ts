/** Sends one report, retry-safe, and offers the advice for it at once: worked out here, then the clinic's. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DEFAULT_TRIAGE_CONFIG, type TriageResult, triage } from "../../../src/clinical/followup/triage";
import type { ReportJson } from "../api/followup";
import { PORTAL_KEY, portal, REPORTS_KEY } from "../api/portal";
import type { ReportSubmission } from "./ReportForm";
import { isTransient, sendUntilStored } from "./send";

export type Delivery = "sending" | "retrying" | "refused" | "stored";

interface Target {
  slot: string | null;
  sessionId: string | null;
  responseTimeText: string | null;
}

export function useSendReport({ slot, sessionId, responseTimeText }: Target) {
  const client = useQueryClient();
  // One id for this report, kept over every attempt and a press of "Send report" after a refusal.
  const [clientId] = useState(() => crypto.randomUUID());
  const [local, setLocal] = useState<TriageResult | null>(null);
  const [retrying, setRetrying] = useState(false);

  const mutation = useMutation({
    mutationFn: ({ answers, onsetAt }: ReportSubmission) =>
      sendUntilStored(
        () =>
          portal.report({
            clientId,
            slot,
            answers,
            ...(sessionId === null ? {} : { sessionId }),
            ...(onsetAt === undefined ? {} : { onsetAt }),
          }),
        { onRetry: () => setRetrying(true) },
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: PORTAL_KEY });
      void client.invalidateQueries({ queryKey: REPORTS_KEY });
    },
  });

  const send = (submission: ReportSubmission) => {
    // The same rules the server runs: what to do now does not wait for the network.
    setLocal(triage(submission.answers, { ...DEFAULT_TRIAGE_CONFIG, responseTimePromise: responseTimeText }));
    setRetrying(false);
    mutation.mutate(submission);
  };

  const report: ReportJson | undefined = mutation.data?.report;
  const gaveUp = mutation.isError && isTransient(mutation.error);
  const refused = mutation.isError && !gaveUp;
  return {
    send,
    /**
     * The advice to show: the server's once stored, the local one while sending; null before sending. A
     * refused report takes its advice back, except an emergency's: calling for help stays right.
     */
    triage: report?.triage ?? (refused && local?.level !== "emergency" ? null : local),
    delivery: (report ? "stored" : refused ? "refused" : retrying ? "retrying" : "sending") as Delivery,
    gaveUp,
    /** A refusal (or ended session): the form comes back with the problem, to send again. */
    error: refused ? mutation.error : null,
    sending: mutation.isPending,
    retry: () => mutation.variables && send(mutation.variables),
  };
}
