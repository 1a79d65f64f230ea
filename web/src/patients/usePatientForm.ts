import { useState } from "react";
import { ApiError, errorsByPath } from "../api/client";
import type { PatientInput } from "../api/types";
import { todayIso } from "../format";
import { type FieldErrors, type PatientDraft, parseDraft } from "./draft";

/**
 * Form state for a patient record: the draft, client-side checks, and the server's field errors
 * (under `serverPrefix` in the request body) merged into one message per field.
 */
export function usePatientForm(initial: PatientDraft, serverError: unknown, serverPrefix = "") {
  const [draft, setDraft] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const serverErrors = errorsByPath(serverError, serverPrefix);
  const errors = { ...serverErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(errors).length > 0;
  /** Server failures not tied to a field (conflict, permission, outage, whole body) show as a notice. */
  const onFields = Object.keys(serverErrors).some((key) => key !== "/");
  const formProblem = serverError instanceof ApiError && !onFields ? serverError : null;

  /** Validates the draft; returns the input to send, or null after showing the messages. */
  const validate = (): PatientInput | null => {
    const result = parseDraft(draft, todayIso());
    setClientErrors(result.ok ? {} : result.errors);
    return result.ok ? result.input : null;
  };
  return { draft, setDraft, errors, hasFieldErrors, formProblem, validate };
}
