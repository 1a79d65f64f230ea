/** Sends one report, retry-safe, and offers the advice for it at once: worked out here, then the clinic's. */
import { useState } from "react";
import { DEFAULT_TRIAGE_CONFIG, type TriageResult, triage } from "../../../src/clinical/followup/triage";
import type { ReportJson } from "../api/followup";
import type { NewReport } from "../api/portal";
import type { ReportSubmission } from "./ReportForm";
import { isTransient } from "./send";
import { useDeliverReport } from "./useDeliverReport";

export type DeliveryState = "sending" | "retrying" | "refused" | "stored";

interface Target {
  slot: string | null;
  sessionId: string | null;
  responseTimeText: string | null;
}

export function useSendReport({ slot, sessionId, responseTimeText }: Target) {
  // One id for this report, kept over every attempt and a press of "Send report" after a refusal.
  const [clientId] = useState(() => crypto.randomUUID());
  const [local, setLocal] = useState<TriageResult | null>(null);
  const [retrying, setRetrying] = useState(false);

  const mutation = useDeliverReport(() => setRetrying(true));
  const reportFor = ({ answers, onsetAt }: ReportSubmission): NewReport => ({
    clientId,
    slot,
    answers,
    ...(sessionId === null ? {} : { sessionId }),
    ...(onsetAt === undefined ? {} : { onsetAt }),
  });

  const send = (submission: ReportSubmission) => {
    // The same rules the server runs: what to do now does not wait for the network.
    setLocal(triage(submission.answers, { ...DEFAULT_TRIAGE_CONFIG, responseTimePromise: responseTimeText }));
    setRetrying(false);
    mutation.mutate({ report: reportFor(submission), savedAt: Date.now() });
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
    delivery: (report ? "stored" : refused ? "refused" : retrying ? "retrying" : "sending") as DeliveryState,
    gaveUp,
    /** A refusal (or ended session): the form comes back with the problem, to send again. */
    error: refused ? mutation.error : null,
    sending: mutation.isPending,
    retry: () => mutation.variables && mutation.mutate(mutation.variables),
  };
}
