/** Delivers a report to the clinic: kept in this browser until confirmed, retried, each time one client id. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client";
import { type NewReport, PORTAL_KEY, portal, REPORTS_KEY } from "../api/portal";
import { useMe } from "../auth/session";
import { dropPending, keepPending } from "./pending";
import { isTransient, sendUntilStored } from "./send";

export interface ReportDelivery {
  readonly report: NewReport;
  /** When the patient pressed "Send report" (kept when a stored report is sent again). */
  readonly savedAt: number;
}

/** A refusal the patient must see; a network fault or an ended session leaves the report kept for later. */
const isRefusal = (error: unknown) =>
  !isTransient(error) && !(error instanceof ApiError && error.status === 401);

export function useDeliverReport(onRetry?: () => void) {
  const me = useMe();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ report, savedAt }: ReportDelivery) => {
      keepPending(window.localStorage, { userId: me.id, savedAt, report });
      return sendUntilStored(() => portal.report(report), { onRetry });
    },
    onSuccess: (_stored, { report }) => {
      dropPending(window.localStorage, report.clientId);
      void client.invalidateQueries({ queryKey: PORTAL_KEY });
      void client.invalidateQueries({ queryKey: REPORTS_KEY });
    },
    onError: (error, { report }) => {
      if (isRefusal(error)) dropPending(window.localStorage, report.clientId);
    },
  });
}
