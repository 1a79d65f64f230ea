import { useState } from "react";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { type PendingReport, pendingFor } from "./pending";
import { useDeliverReport } from "./useDeliverReport";
import { whenText } from "./words";

/** Reports written on this device that the clinic has not confirmed, each with a button to send it now. */
export function PendingReports() {
  const me = useMe();
  const [pending, setPending] = useState(() => pendingFor(window.localStorage, me.id));
  if (pending.length === 0) return null;
  const refresh = () => setPending(pendingFor(window.localStorage, me.id));
  return (
    <section className="card notice-error" aria-labelledby="pending-title">
      <h2 id="pending-title">Not sent yet</h2>
      <p>The clinic has not got these reports. If you need help now, call; do not wait for them.</p>
      <ul className="plain-list">
        {pending.map((p) => (
          <PendingRow key={p.report.clientId} pending={p} onDone={refresh} />
        ))}
      </ul>
    </section>
  );
}

function PendingRow({ pending, onDone }: { pending: PendingReport; onDone: () => void }) {
  const deliver = useDeliverReport();
  return (
    <li className="pending-report">
      <span>Report written {whenText(pending.savedAt)}</span>
      <button
        type="button"
        disabled={deliver.isPending}
        onClick={() =>
          deliver.mutate({ report: pending.report, savedAt: pending.savedAt }, { onSuccess: onDone })
        }
      >
        {deliver.isPending ? "Sending…" : "Send it now"}
      </button>
      {deliver.isError && <ProblemNotice error={deliver.error} />}
    </li>
  );
}
