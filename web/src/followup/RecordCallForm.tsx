import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { errorsByPath } from "../api/client";
import { type CallOutcome, type WorklistItem, worklist } from "../api/followup";
import { FieldShell, SelectField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { optionsOf } from "../labels";
import { CALL_OUTCOME_LABEL } from "./labels";
import { receiveWorklistEvent } from "./queries";

const OUTCOMES = optionsOf(CALL_OUTCOME_LABEL);

/**
 * The call made about an item: the advice given and how it ended. A call closes the item unless no one
 * answered; the nurse can say otherwise (e.g. a call-back is still owed).
 */
export function RecordCallForm({ item }: { item: WorklistItem }) {
  const client = useQueryClient();
  const closesId = useId();
  const [advice, setAdvice] = useState("");
  const [outcome, setOutcome] = useState<CallOutcome>("resolved");
  const [closesChoice, setClosesChoice] = useState<boolean | null>(null);
  const closes = closesChoice ?? outcome !== "no-answer";
  const [missingAdvice, setMissingAdvice] = useState(false);
  const call = useMutation({
    mutationFn: () => worklist.recordCall(item.id, { advice: advice.trim(), outcome, closes }),
    onSuccess: ({ item: saved }) => {
      receiveWorklistEvent(client, { change: "call", item: saved });
      setAdvice("");
      setClosesChoice(null);
    },
  });
  const serverErrors = errorsByPath(call.error);
  const adviceError = missingAdvice ? "Say what was advised." : serverErrors["/advice"];

  return (
    <form
      className="record-call no-print"
      aria-label={`Record a call for ${item.patient.givenName} ${item.patient.familyName}`}
      onSubmit={(e) => {
        e.preventDefault();
        setMissingAdvice(advice.trim() === "");
        if (advice.trim() !== "") call.mutate();
      }}
    >
      <FieldShell label="Advice given" error={adviceError}>
        {(aria) => <textarea {...aria} rows={2} value={advice} onChange={(e) => setAdvice(e.target.value)} />}
      </FieldShell>
      <div className="form-row">
        <SelectField
          label="Outcome"
          value={outcome}
          onChange={setOutcome}
          options={OUTCOMES}
          error={serverErrors["/outcome"]}
        />
        <div className="checkbox-field">
          <label htmlFor={closesId}>
            <input
              id={closesId}
              type="checkbox"
              checked={closes}
              onChange={(e) => setClosesChoice(e.target.checked)}
            />
            This call closes the item
          </label>
        </div>
      </div>
      {call.isError && !adviceError && !serverErrors["/outcome"] && <ProblemNotice error={call.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={call.isPending}>
          {call.isPending ? "Recording…" : "Record call"}
        </button>
      </div>
    </form>
  );
}
