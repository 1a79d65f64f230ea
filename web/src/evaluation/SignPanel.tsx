import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorsByPath } from "../api/client";
import { evaluations } from "../api/endpoints";
import type { Evaluation, EvaluationDecision } from "../api/types";
import { SelectField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { DECISION_OPTIONS } from "./decisions";

/** Physician sign-off of a saved draft with a decision; a reason is required to go against a contraindication. */
export function SignPanel({ evaluation }: { evaluation: Evaluation }) {
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<EvaluationDecision>(evaluation.suggestedDecision);
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const contraindicated = evaluation.findings.some((f) => f.severity === "contraindication");
  const needsReason = contraindicated && decision !== "not-eligible";
  const sign = useMutation({
    mutationFn: () =>
      evaluations.sign(evaluation.patientId, evaluation.id, decision, reason.trim() || undefined),
    onSuccess: (signed) => {
      queryClient.setQueryData(["evaluations", signed.patientId, signed.id], signed);
      return queryClient.invalidateQueries({ queryKey: ["evaluations", signed.patientId, "list"] });
    },
  });
  const serverErrors = errorsByPath(sign.error);
  const reasonError =
    (missingReason && needsReason ? "A reason is required to go against a contraindication" : undefined) ??
    serverErrors["/reason"];

  return (
    <form
      className="card sign-panel no-print"
      aria-labelledby="sign-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (needsReason && !reason.trim()) {
          setMissingReason(true);
          return;
        }
        sign.mutate();
      }}
    >
      <h2 id="sign-title">Sign version {evaluation.version}</h2>
      <p>
        The rules suggest:{" "}
        <strong>{DECISION_OPTIONS.find((o) => o.value === evaluation.suggestedDecision)?.label}</strong>. The
        decision is yours; a signed evaluation cannot be changed.
      </p>
      <SelectField label="Decision" value={decision} onChange={setDecision} options={DECISION_OPTIONS} />
      {needsReason && (
        <div className={reasonError ? "field field-invalid" : "field"}>
          <label htmlFor="sign-reason">Reason for going against the contraindication</label>
          <textarea
            id="sign-reason"
            rows={3}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "sign-reason-error" : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {reasonError && (
            <p className="field-error" id="sign-reason-error">
              {reasonError}
            </p>
          )}
        </div>
      )}
      {sign.isError && !serverErrors["/reason"] && <ProblemNotice error={sign.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={sign.isPending}>
          {sign.isPending ? "Signing…" : "Sign evaluation"}
        </button>
      </div>
    </form>
  );
}
