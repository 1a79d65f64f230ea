import { Link } from "react-router";
import type { Patient } from "../api/types";
import { ageInYears, todayIso } from "../format";

/** One line naming the patient a clinical page is about: who, age, weight and allergies, linking to the record. */
export function PatientBanner({ patient, page }: { patient: Patient; page: string }) {
  return (
    <header className="patient-banner">
      <h1>
        {page}: {patient.givenName} {patient.familyName}
      </h1>
      <p>
        <span className="mono">{patient.mrn}</span> · born {patient.dateOfBirth} (age{" "}
        {ageInYears(patient.dateOfBirth, todayIso())}) ·{" "}
        {patient.weight
          ? `${patient.weight.kg} kg (measured ${patient.weight.measuredOn})`
          : "no weight recorded"}{" "}
        ·{" "}
        {patient.allergies.length > 0 ? (
          <strong className="allergy-flag">
            Allergies: {patient.allergies.map((a) => a.substance).join(", ")}
          </strong>
        ) : (
          "no allergies recorded"
        )}{" "}
        ·{" "}
        <Link to={`/patients/${patient.id}`} className="no-print">
          Patient record
        </Link>
      </p>
    </header>
  );
}
