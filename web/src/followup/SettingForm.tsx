import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorsByPath } from "../api/client";
import { type ClinicSetting, settings } from "../api/followup";
import { FieldShell, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { parseSetting, settingKind, settingText } from "./settingValue";

export const SETTINGS_KEY = ["settings"] as const;

/** Changes one clinic setting; every change needs a reason and becomes the setting's next version. */
export function SettingForm({
  setting,
  onDone,
}: {
  setting: ClinicSetting;
  onDone: (saved: boolean) => void;
}) {
  const client = useQueryClient();
  const kind = settingKind(setting.default);
  const [text, setText] = useState(settingText(setting.value));
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<{ value?: string; reason?: string }>({});
  const save = useMutation({
    mutationFn: (value: unknown) => settings.set(setting.key, value, reason.trim()),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: SETTINGS_KEY });
      onDone(true);
    },
  });
  const server = errorsByPath(save.error);
  const valueError = problems.value ?? server["/value"];
  const reasonError = problems.reason ?? server["/reason"];

  return (
    <form
      className="card"
      aria-label={`Change ${setting.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseSetting(text, kind);
        const next = {
          value: "problem" in parsed ? parsed.problem : undefined,
          reason: reason.trim() === "" ? "Say why the setting changes." : undefined,
        };
        setProblems(next);
        if (!next.value && !next.reason && "value" in parsed) save.mutate(parsed.value);
      }}
    >
      <h2>Change: {setting.label}</h2>
      {kind === "number-list" ? (
        <TextField
          label="New value"
          value={text}
          onChange={setText}
          hint="Whole numbers separated by commas, e.g. 24, 72, 168"
          error={valueError}
        />
      ) : (
        <FieldShell label="New value" hint="Leave empty to use the built-in default." error={valueError}>
          {(aria) => <textarea {...aria} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </FieldShell>
      )}
      <TextField label="Reason for the change" value={reason} onChange={setReason} error={reasonError} />
      {save.isError && !server["/value"] && !server["/reason"] && <ProblemNotice error={save.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save setting"}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
