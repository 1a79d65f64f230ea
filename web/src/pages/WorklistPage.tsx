import { useQuery } from "@tanstack/react-query";
import { worklist } from "../api/followup";
import { useServerNow } from "../chair/clock";
import { useBoardStream } from "../chair/useBoardStream";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { WORKLIST_KEY } from "../followup/queries";
import { WorklistItemCard } from "../followup/WorklistItemCard";
import { isOpen } from "../followup/worklist";
import "../followup/followup.css";

/** Patients' reports and missed check-ins waiting for a call, most urgent first, kept live. */
export function WorklistPage() {
  usePageTitle("Follow-up worklist");
  const list = useQuery({ queryKey: WORKLIST_KEY, queryFn: worklist.list });
  const stream = useBoardStream(() => null, { announceWorklist: true });
  const now = useServerNow(30_000);
  // The server's order is the urgency order; closed items leave the list.
  const open = list.data?.items.filter(isOpen) ?? [];

  return (
    <>
      <div className="page-head">
        <h1>Follow-up worklist</h1>
        <p className="muted">
          {list.data ? `${open.length} open ${open.length === 1 ? "item" : "items"}` : ""}
        </p>
      </div>
      {stream.connected ? (
        <p className="worklist-live">Live: new reports appear here without reloading.</p>
      ) : (
        <p className="notice notice-error" role="status">
          Live updates are disconnected and reconnecting; reload to be sure the list is current.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {stream.announcement}
      </p>
      {list.isError && <ProblemNotice error={list.error} />}
      {list.isPending && <p className="loading">Loading the worklist…</p>}
      {list.data && open.length === 0 && <p className="card">Nothing is waiting. New reports appear here.</p>}
      <ol className="worklist" aria-label="Open items, most urgent first">
        {open.map((item) => (
          <li key={item.id}>
            <WorklistItemCard item={item} now={now} />
          </li>
        ))}
      </ol>
    </>
  );
}
