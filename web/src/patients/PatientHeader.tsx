import type { Patient } from "../api/types";
import { ageInYears, formatValue, todayIso } from "../format";
import { SEX_LABEL } from "../labels";

/** Who the patient is at a glance: identity, age, latest measurements, and allergies made to stand out. */
export function PatientHeader({ patient }: { patient: Patient }) {
  return (
    <section className="card patient-header" aria-labelledby="patient-name">
      <h1 id="patient-name">
        {patient.givenName} {patient.familyName}
      </h1>
      <dl className="facts">
        <div>
          <dt>MRN</dt>
          <dd className="mono">{patient.mrn}</dd>
        </div>
        <div>
          <dt>Born</dt>
          <dd>
            {patient.dateOfBirth} (age {ageInYears(patient.dateOfBirth, todayIso())})
          </dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{SEX_LABEL[patient.sex]}</dd>
        </div>
        <div>
          <dt>Weight</dt>
          <dd>{patient.weight ? formatValue(patient.weight) : "not recorded"}</dd>
        </div>
        <div>
          <dt>Height</dt>
          <dd>{patient.height ? formatValue(patient.height) : "not recorded"}</dd>
        </div>
        <div>
          <dt>Record version</dt>
          <dd>{patient.version}</dd>
        </div>
      </dl>
      {patient.allergies.length > 0 ? (
        <div className="allergies" role="note" aria-label="Allergies">
          <strong>Allergies:</strong>
          <ul>
            {patient.allergies.map((a) => (
              <li key={`${a.substance}-${a.reaction ?? ""}`}>
                {a.substance}
                {a.reaction ? ` (${a.reaction})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="no-allergies">No allergies recorded.</p>
      )}
    </section>
  );
}
