import { type FormEvent, useState } from "react";
import type { HistoryEntry } from "../../../src/clinical/chair/view";
import { SelectField, TextField } from "../components/Field";
import { amendableFields, amendDraft, amendedBody } from "./forms";
import { useOutbox } from "./useOutbox";
import { describeEntry } from "./words";

/**
 * Correcting an entry: amend (same kind, new values) or withdraw as entered in error; both need a reason
 * and leave the original in the history.
 */
export function CorrectionForm({
  sessionId,
  item,
  mode,
  onDone,
}: {
  sessionId: string;
  item: HistoryEntry;
  mode: "amend" | "error";
  onDone: () => void;
}) {
  const outbox = useOutbox();
  const fields = amendableFields(item.current);
  const [draft, setDraft] = useState(() => amendDraft(item.current));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!reason.trim()) problems.reason = "Say why.";
    const body =
      mode === "error"
        ? ({ ok: true, value: { kind: "entered-in-error" } } as const)
        : amendedBody(item.current, draft);
    if (!body.ok) Object.assign(problems, body.errors);
    setErrors(problems);
    if (!body.ok || Object.keys(problems).length > 0) return;
    const label =
      mode === "error"
        ? `Entered in error: ${describeEntry(item.current)}`
        : `Amended: ${describeEntry(body.value)}`;
    outbox.record(sessionId, label, { body: body.value, amends: item.entry.id, reason: reason.trim() });
    onDone();
  };
  return (
    <form
      className="inline-form correction-form"
      onSubmit={submit}
      aria-label={mode === "error" ? "Mark entered in error" : "Amend entry"}
    >
      {mode === "amend" &&
        fields.map((f) =>
          f.type === "choice" || f.type === "boolean" ? (
            <SelectField
              key={f.name}
              label={f.name}
              value={draft[f.name] ?? ""}
              onChange={(v) => setDraft({ ...draft, [f.name]: v })}
              options={(f.options ?? ["true", "false"]).map((o) => ({ value: o, label: o }))}
              error={errors[f.name]}
            />
          ) : (
            <TextField
              key={f.name}
              label={f.name}
              type={f.type === "number" ? "number" : "text"}
              step="any"
              value={draft[f.name] ?? ""}
              onChange={(v) => setDraft({ ...draft, [f.name]: v })}
              error={errors[f.name]}
            />
          ),
        )}
      <TextField
        label="Reason for the correction"
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <div className="actions">
        <button type="submit" className={mode === "error" ? "danger" : "primary"}>
          {mode === "error" ? "Mark entered in error" : "Save amendment"}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
