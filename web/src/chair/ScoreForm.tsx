import { type FormEvent, useState } from "react";
import type { ChartScoreScale } from "../../../src/clinical/chair/entries";
import { bandFor } from "../../../src/clinical/scores/score";
import { SelectField, TextField } from "../components/Field";
import { parseScore, SCALE_DEFINITION, scaleRange } from "./forms";
import { useOutbox } from "./useOutbox";
import { SCALE_LABEL } from "./words";

/** One score total on a chosen scale; the band it falls in is shown as it is typed. */
export function ScoreForm({
  sessionId,
  scales,
  label,
}: {
  sessionId: string;
  scales: readonly ChartScoreScale[];
  /** Names the form and its fields, e.g. "Discharge score", so two score forms on a page differ. */
  label: string;
}) {
  const outbox = useOutbox();
  const [scale, setScale] = useState<ChartScoreScale>(scales[0]!);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const parsed = parseScore(scale, value);
  const band = parsed.ok ? bandFor(SCALE_DEFINITION[scale], parsed.value) : null;
  const [lo, hi] = scaleRange(scale);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok) {
      setError(parsed.errors.value);
      return;
    }
    outbox.record(sessionId, `${SCALE_LABEL[scale]} ${parsed.value}`, {
      body: { kind: "score", scale, value: parsed.value },
    });
    setValue("");
    setError(undefined);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={label}>
      <SelectField<ChartScoreScale>
        label={`${label} scale`}
        value={scale}
        onChange={setScale}
        options={scales.map((s) => ({ value: s, label: SCALE_LABEL[s] }))}
      />
      <TextField
        label={label}
        type="number"
        step="1"
        value={value}
        onChange={setValue}
        hint={band ? `${band.label}: ${band.meaning}` : `${lo} to ${hi}`}
        error={error}
      />
      <button type="submit" className="primary">
        Save {label.toLowerCase()}
      </button>
    </form>
  );
}
