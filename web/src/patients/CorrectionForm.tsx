import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { patients } from "../api/endpoints";
import type { Patient, PatientInput } from "../api/types";
import { TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { useLeaveGuard } from "../components/useLeaveGuard";
import { changedFields, draftChanged, draftFromPatient } from "./draft";
import { PatientFields } from "./PatientFields";
import { usePatientForm } from "./usePatientForm";

interface CorrectionFormProps {
  patient: Patient;
  onDone: (saved: Patient | null) => void;
}

/** Corrects a record: only the changed fields are sent, with the reason; the server keeps the old version. */
export function CorrectionForm({ patient, onDone }: CorrectionFormProps) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [localProblem, setLocalProblem] = useState<Record<string, string>>({});
  const update = useMutation({
    mutationFn: ({ changes, why }: { changes: Partial<PatientInput>; why: string }) =>
      patients.update(patient.id, changes, why),
    onSuccess: (saved) => {
      queryClient.setQueryData(["patients", patient.id], saved);
      queryClient.invalidateQueries({ queryKey: ["patients", patient.id, "history"] });
      queryClient.invalidateQueries({ queryKey: ["patients", "list"] });
      onDone(saved);
    },
  });
  const [opened] = useState(() => draftFromPatient(patient));
  const form = usePatientForm(opened, update.error, "/changes");
  useLeaveGuard(!update.isSuccess && (draftChanged(opened, form.draft) || reason.trim() !== ""));
  const errors = { ...form.errors, ...localProblem };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    const problems: Record<string, string> = {};
    const changes = input ? changedFields(patient, input) : {};
    if (input && Object.keys(changes).length === 0) problems["/"] = "Nothing has changed yet.";
    if (!reason.trim()) problems["/reason"] = "Give the reason for this correction.";
    setLocalProblem(problems);
    if (input && Object.keys(problems).length === 0) update.mutate({ changes, why: reason.trim() });
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="correct-title">
      <h2 id="correct-title">Correct the record</h2>
      <p className="muted">Saving creates a new version; the current one stays in the history.</p>
      {form.formProblem && <ProblemNotice error={form.formProblem} />}
      {localProblem["/"] && (
        <p className="field-error" role="alert">
          {localProblem["/"]}
        </p>
      )}
      <PatientFields draft={form.draft} errors={errors} onChange={form.setDraft} />
      <TextField
        label="Reason for correction"
        hint="For example: weight re-measured on the clinic scale."
        value={reason}
        onChange={setReason}
        error={errors["/reason"]}
        required
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save correction"}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
