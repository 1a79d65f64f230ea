import { type FormEvent, useRef, useState } from "react";
import {
  type CheckinResponse,
  FREE_TEXT_MAX_CHARS,
  PRO_ITEMS,
  RED_FLAG_QUESTIONS,
} from "../../../src/clinical/followup/pro-items";
import { TextField } from "../components/Field";
import { useLeaveGuard } from "../components/useLeaveGuard";
import {
  buildAnswers,
  EMPTY_FORM,
  type ReportForm as Form,
  fieldKey,
  formProblems,
  onsetAt,
  withSymptom,
} from "./answers";
import { ChoiceGroup } from "./ChoiceGroup";
import { SymptomQuestions } from "./SymptomQuestions";

const YES_NO = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
] as const;
const PAIN = Array.from({ length: 11 }, (_, score) => ({ value: score, label: String(score) }));
const PAIN_HINT = "0 means no pain, 10 means the worst pain you can imagine.";

/** The question each field key stands for, so the list of missing answers can name and link them. */
const QUESTION_BY_KEY = new Map<string, string>([
  ...RED_FLAG_QUESTIONS.map((q) => [fieldKey.redFlag(q.id), q.question] as const),
  ...PRO_ITEMS.flatMap((item) =>
    item.attributes.map((a) => [fieldKey.symptom(item.id, a), item.questions[a] ?? a] as const),
  ),
  [fieldKey.reliefPercent, "How much has the treatment eased your pain?"],
  [fieldKey.text, "Anything else you want to tell us"],
  [fieldKey.onset, "When did it start?"],
]);

export interface ReportSubmission {
  answers: CheckinResponse;
  /** When the problem began, for a report sent outside a check-in. */
  onsetAt?: string;
}

interface ReportFormProps {
  /** Ask when the problem started (a report outside a check-in). */
  askOnset: boolean;
  sending: boolean;
  onSend: (submission: ReportSubmission) => void;
}

/** The questionnaire: warning signs first, then symptoms, pain and free text. */
export function ReportForm({ askOnset, sending, onSend }: ReportFormProps) {
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const problems = formProblems(form, PRO_ITEMS, Date.now());
  const shown = tried ? problems : {};
  useLeaveGuard(form !== EMPTY_FORM && !sending);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) {
      // After the render that shows the list.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const onset = askOnset ? onsetAt(form) : undefined;
    onSend({ answers: buildAnswers(form, PRO_ITEMS), ...(onset === undefined ? {} : { onsetAt: onset }) });
  };

  const missing = Object.entries(shown);
  return (
    <form className="report-form" onSubmit={submit} noValidate>
      {missing.length > 0 && (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={summary}>
          <p className="notice-title">
            {missing.length === 1 ? "One answer is missing" : `${missing.length} answers are missing`}
          </p>
          <ul>
            {missing.map(([key, message]) => (
              <li key={key}>
                <a href={`#${key}`}>{QUESTION_BY_KEY.get(key) ?? key}</a> — {message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section className="card" aria-labelledby="warning-signs-title">
        <h2 id="warning-signs-title">Warning signs</h2>
        <p>
          Please answer these first. If any of them is happening to you right now, stop and call your local
          emergency number or the clinic now.
        </p>
        {RED_FLAG_QUESTIONS.map((q) => (
          <ChoiceGroup
            key={q.id}
            id={fieldKey.redFlag(q.id)}
            legend={q.question}
            options={YES_NO}
            value={form.redFlags[q.id]}
            onChange={(answer) => setForm({ ...form, redFlags: { ...form.redFlags, [q.id]: answer } })}
            error={shown[fieldKey.redFlag(q.id)]}
            inline
          />
        ))}
      </section>

      <section className="card" aria-labelledby="symptoms-title">
        <h2 id="symptoms-title">How you have felt since your infusion</h2>
        <p className="hint">Leave a symptom blank if you did not have it.</p>
        {PRO_ITEMS.map((item) => (
          <SymptomQuestions
            key={item.id}
            item={item}
            answers={form.symptoms[item.id]}
            errors={shown}
            onAnswer={(attribute, score) => setForm(withSymptom(form, item, attribute, score))}
          />
        ))}
      </section>

      <section className="card" aria-labelledby="pain-title">
        <h2 id="pain-title">Your pain</h2>
        <ChoiceGroup
          id="pain-now"
          legend="How bad is your pain right now?"
          hint={PAIN_HINT}
          options={PAIN}
          value={form.painNow ?? undefined}
          onChange={(painNow) => setForm({ ...form, painNow })}
          inline
        />
        <ChoiceGroup
          id="pain-average"
          legend="On average, how bad has your pain been since your infusion?"
          hint={PAIN_HINT}
          options={PAIN}
          value={form.painAverage ?? undefined}
          onChange={(painAverage) => setForm({ ...form, painAverage })}
          inline
        />
        <TextField
          label="How much has the treatment eased your pain?"
          hint="0 % means not at all, 100 % means your pain has gone. Leave empty if you are not sure."
          type="number"
          unit="%"
          value={form.reliefPercent}
          onChange={(reliefPercent) => setForm({ ...form, reliefPercent })}
          error={shown[fieldKey.reliefPercent]}
          name={fieldKey.reliefPercent}
        />
      </section>

      <section className="card" aria-labelledby="more-title">
        <h2 id="more-title">Anything else</h2>
        {askOnset && (
          <TextField
            label="When did it start? (optional)"
            type="datetime-local"
            value={form.onset}
            onChange={(onset) => setForm({ ...form, onset })}
            error={shown[fieldKey.onset]}
          />
        )}
        <div className={shown[fieldKey.text] ? "field field-invalid" : "field"}>
          <label htmlFor={fieldKey.text}>Anything else you want to tell us (optional)</label>
          <textarea
            id={fieldKey.text}
            rows={4}
            maxLength={FREE_TEXT_MAX_CHARS}
            value={form.text}
            onChange={(event) => setForm({ ...form, text: event.target.value })}
          />
          <p className="hint">The clinic reads this when it is open. It is not checked straight away.</p>
          {shown[fieldKey.text] && <p className="field-error">{shown[fieldKey.text]}</p>}
        </div>
      </section>

      <div className="actions">
        <button type="submit" className="primary portal-big-button" disabled={sending}>
          {sending ? "Sending…" : "Send report"}
        </button>
      </div>
    </form>
  );
}
