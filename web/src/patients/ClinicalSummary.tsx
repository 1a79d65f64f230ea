import type { Patient } from "../api/types";

/** The patient's conditions and current medications. */
export function ClinicalSummary({ patient }: { patient: Patient }) {
  return (
    <div className="grid-2">
      <section className="card" aria-labelledby="conditions-title">
        <h2 id="conditions-title">Conditions</h2>
        {patient.conditions.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="plain-list">
            {patient.conditions.map((c) => (
              <li key={`${c.code}-${c.label}`}>
                <strong>{c.label}</strong> <span className="muted mono">{c.code}</span>{" "}
                {c.controlled !== undefined && (
                  <span className={c.controlled ? "badge badge-ok" : "badge badge-warn"}>
                    {c.controlled ? "controlled" : "not controlled"}
                  </span>
                )}
                {c.since && <span className="muted"> since {c.since}</span>}
                {c.notes && <div className="muted">{c.notes}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="medications-title">
        <h2 id="medications-title">Current medications</h2>
        {patient.medications.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="plain-list">
            {patient.medications.map((m) => (
              <li key={`${m.name}-${m.dose ?? ""}-${m.frequency ?? ""}`}>
                <strong>{m.name}</strong>
                {m.dose && ` ${m.dose}`}
                {m.frequency && `, ${m.frequency}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
