import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { patients } from "../api/endpoints";
import { FieldShell, TextField } from "../components/Field";

interface PatientPickerProps {
  value: string;
  onChange: (patientId: string) => void;
  error?: string;
}

/** Finds a patient by name or MRN and picks one, for linking a patient login to its record. */
export function PatientPicker({ value, onChange, error }: PatientPickerProps) {
  const [q, setQ] = useState("");
  const matches = useQuery({
    queryKey: ["patients", "list", q.trim(), 1, "picker"],
    queryFn: () => patients.list(q.trim(), 1, 20),
  });
  return (
    <div className="form-row">
      <TextField label="Find patient" type="search" hint="Name or MRN" value={q} onChange={setQ} />
      <FieldShell label="Linked patient" error={error}>
        {(aria) => (
          <select {...aria} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">Choose a patient…</option>
            {matches.data?.items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.familyName}, {p.givenName} ({p.mrn})
              </option>
            ))}
          </select>
        )}
      </FieldShell>
    </div>
  );
}
