import { useQuery } from "@tanstack/react-query";
import { patients } from "../api/endpoints";
import { ProblemNotice } from "../components/ProblemNotice";
import { fieldLabel, formatDateTime, formatValue } from "../format";

/** Every version of the record: who changed what, when, and why. Newest first. */
export function HistoryPanel({ patientId }: { patientId: string }) {
  const history = useQuery({
    queryKey: ["patients", patientId, "history"],
    queryFn: () => patients.history(patientId),
  });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.isPending && <p className="muted">Loading history…</p>}
      {history.isError && <ProblemNotice error={history.error} />}
      {history.data && (
        <ol className="history" reversed>
          {[...history.data.versions]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version}>
                <div className="history-meta">
                  <strong>Version {v.version}</strong> · {formatDateTime(v.recordedAt)} · by{" "}
                  {v.recordedBy.name}
                </div>
                {v.reason && <div className="history-reason">Reason: {v.reason}</div>}
                {v.version === 1 ? (
                  <div className="muted">Record created.</div>
                ) : (
                  <ul className="changes">
                    {v.changes.map((c) => (
                      <li key={c.field}>
                        {fieldLabel(c.field)}: {formatValue(c.from)} → {formatValue(c.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
