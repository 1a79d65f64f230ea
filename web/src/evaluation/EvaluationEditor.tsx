import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { screen } from "../../../src/clinical/screening/screen";
import { ApiError, errorsByPath } from "../api/client";
import { evaluations } from "../api/endpoints";
import type { Evaluation, Patient } from "../api/types";
import { ProblemNotice } from "../components/ProblemNotice";
import { useLeaveGuard } from "../components/useLeaveGuard";
import { todayIso } from "../format";
import { type EvaluationDraft, type FieldErrors, parseDraft, screeningInput } from "./draft";
import { EvaluationForm } from "./EvaluationForm";
import { FindingsPanel } from "./FindingsPanel";

interface EvaluationEditorProps {
  patient: Patient;
  initial: EvaluationDraft;
  /** The version this one amends or re-evaluates; absent for the first evaluation. */
  previousId?: string;
  onSaved: (saved: Evaluation) => void;
  onCancel?: () => void;
}

/** The intake form with the screening findings recomputed in the browser on every change. */
export function EvaluationEditor({ patient, initial, previousId, onSaved, onCancel }: EvaluationEditorProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // "Now" is fixed when the form opens so findings do not flicker with the clock while typing.
  const [asOf] = useState(() => new Date().toISOString());
  const live = useMemo(() => screen(screeningInput(draft, patient, asOf)), [draft, patient, asOf]);
  const save = useMutation({
    mutationFn: (content: Evaluation["content"]) => evaluations.save(patient.id, content, previousId),
    onSuccess: (saved) => {
      queryClient.setQueryData(["evaluations", patient.id, saved.id], saved);
      onSaved(saved);
      return queryClient.invalidateQueries({ queryKey: ["evaluations", patient.id, "list"] });
    },
  });
  useLeaveGuard(draft !== initial && !save.isSuccess);
  const serverErrors = errorsByPath(save.error, "/content");
  const errors = { ...serverErrors, ...clientErrors };
  const onFields = Object.keys(serverErrors).some((k) => k !== "/");
  const count = Object.keys(errors).length;

  return (
    <div className="evaluation-layout">
      <form
        className="card evaluation-form"
        aria-label="Evaluation"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const result = parseDraft(draft, todayIso(), new Date().toISOString());
          setClientErrors(result.ok ? {} : result.errors);
          if (result.ok) save.mutate(result.content);
        }}
      >
        <EvaluationForm draft={draft} errors={errors} onChange={setDraft} />
        {count > 0 && (
          <p className="notice notice-error" role="alert">
            {count === 1 ? "One field needs" : `${count} fields need`} attention before saving.
          </p>
        )}
        {save.error instanceof ApiError && !onFields && <ProblemNotice error={save.error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save draft"}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <aside className="evaluation-findings" aria-label="Live screening">
        <FindingsPanel
          findings={live.findings}
          heading="Screening findings (live)"
          kbVersion={live.kbVersion}
          live
        />
      </aside>
    </div>
  );
}
