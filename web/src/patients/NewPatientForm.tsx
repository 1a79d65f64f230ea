import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect } from "react";
import { useNavigate } from "react-router";
import { patients } from "../api/endpoints";
import type { PatientInput } from "../api/types";
import { ProblemNotice } from "../components/ProblemNotice";
import { useLeaveGuard } from "../components/useLeaveGuard";
import { draftChanged, EMPTY_DRAFT } from "./draft";
import { PatientFields } from "./PatientFields";
import { usePatientForm } from "./usePatientForm";

/** Registers a new patient and opens their page. */
export function NewPatientForm({ onCancel }: { onCancel: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: PatientInput) => patients.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["patients"] }),
  });
  const form = usePatientForm(EMPTY_DRAFT, create.error);
  useLeaveGuard(!create.isSuccess && draftChanged(EMPTY_DRAFT, form.draft));
  // Opened only once the saved state has rendered, so the leave question no longer applies.
  const savedId = create.data?.id;
  useEffect(() => {
    if (savedId) navigate(`/patients/${savedId}`);
  }, [savedId, navigate]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (input) create.mutate(input);
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="new-patient-title">
      <h2 id="new-patient-title">New patient</h2>
      {form.formProblem && <ProblemNotice error={form.formProblem} />}
      {form.hasFieldErrors && (
        <p className="field-error" role="alert">
          Some fields need attention; see the messages below each one.
        </p>
      )}
      <PatientFields draft={form.draft} errors={form.errors} onChange={form.setDraft} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Save patient"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
