import {
  CONDITIONS,
  type ConditionCode,
  LAB_NAMES,
  type LabName,
} from "../../../src/clinical/screening/input";
import type { Indication, TreatmentEffect } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ListEditor } from "../patients/ListEditor";
import { type EvaluationDraft, FIELD_PATHS, type FieldErrors, LAB_UNITS, type LabDraft } from "./draft";
import { MEDICATION_OPTIONS, medicationStatus } from "./medicationOptions";

const INDICATIONS: readonly { value: Indication; label: string }[] = [
  { value: "crps", label: "Complex regional pain syndrome (CRPS)" },
  { value: "fibromyalgia", label: "Fibromyalgia" },
  { value: "neuropathic", label: "Neuropathic pain" },
  { value: "migraine-cluster", label: "Migraine or cluster headache" },
  { value: "post-operative", label: "Post-operative pain" },
  { value: "other", label: "Other" },
];

const EFFECTS: readonly { value: TreatmentEffect; label: string }[] = [
  { value: "none", label: "No effect" },
  { value: "partial", label: "Partial relief" },
  { value: "good", label: "Good relief" },
];

const STATED: readonly { value: "" | "yes" | "no"; label: string }[] = [
  { value: "", label: "Not stated" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

const LAB_LABELS: Record<LabName, string> = {
  ALT: "ALT",
  AST: "AST",
  bilirubin: "Bilirubin",
  ALP: "ALP",
  GGT: "GGT",
  "pregnancy-test": "Pregnancy test",
  urinalysis: "Urinalysis",
  ECG: "ECG",
};

const MEDICATION_LIST_ID = "medication-dictionary";

interface EvaluationFormProps {
  draft: EvaluationDraft;
  errors: FieldErrors;
  onChange: (draft: EvaluationDraft) => void;
}

/** The structured intake: indication, pain, history, medications, allergies, vitals and tests. */
export function EvaluationForm({ draft, errors, onChange }: EvaluationFormProps) {
  const set =
    <K extends keyof EvaluationDraft>(key: K) =>
    (value: EvaluationDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const number = (key: keyof typeof FIELD_PATHS, label: string, unit: string) => (
    <TextField
      label={label}
      unit={unit}
      type="number"
      step="any"
      value={draft[key]}
      onChange={set(key)}
      error={errors[FIELD_PATHS[key]]}
    />
  );
  const toggleCondition = (code: ConditionCode, on: boolean) =>
    set("conditions")(on ? [...draft.conditions, code] : draft.conditions.filter((c) => c !== code));

  return (
    <>
      <fieldset>
        <legend>Indication</legend>
        <div className="form-row">
          <SelectField
            label="Main indication"
            value={draft.indication}
            onChange={set("indication")}
            options={INDICATIONS}
          />
          {draft.indication === "other" && (
            <TextField
              label="Describe the indication"
              value={draft.otherText}
              onChange={set("otherText")}
              error={errors["/indication/otherText"]}
            />
          )}
        </div>
        <div className="checks">
          <label>
            <input
              type="checkbox"
              checked={draft.depression}
              onChange={(e) => set("depression")(e.target.checked)}
            />{" "}
            Co-existing depression
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.anxiety}
              onChange={(e) => set("anxiety")(e.target.checked)}
            />{" "}
            Co-existing anxiety
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>Pain (numeric rating scale, 0 = none, 10 = worst imaginable)</legend>
        <div className="form-row">
          {number("painNow", "Pain now", "/10")}
          {number("painAverage", "Average pain (last week)", "/10")}
          {number("painWorst", "Worst pain (last week)", "/10")}
        </div>
      </fieldset>

      <ListEditor
        legend="Previous treatments and their effect"
        itemNoun="treatment"
        items={draft.previousTreatments}
        blank={{ name: "", effect: "none" as TreatmentEffect, notes: "" }}
        onChange={set("previousTreatments")}
        renderRow={(t, update, i) => (
          <>
            <TextField
              label="Treatment"
              value={t.name}
              onChange={(name) => update({ name })}
              error={errors[`/previousTreatments/${i}/name`]}
            />
            <SelectField
              label="Effect"
              value={t.effect}
              onChange={(effect) => update({ effect })}
              options={EFFECTS}
            />
            <TextField label="Notes" value={t.notes} onChange={(notes) => update({ notes })} />
          </>
        )}
      />

      <fieldset>
        <legend>Medical history the screening rules read</legend>
        <div className="condition-grid">
          {(Object.entries(CONDITIONS) as [ConditionCode, string][]).map(([code, label]) => (
            <label key={code}>
              <input
                type="checkbox"
                checked={draft.conditions.includes(code)}
                onChange={(e) => toggleCondition(code, e.target.checked)}
              />{" "}
              {label.charAt(0).toUpperCase() + label.slice(1)}
            </label>
          ))}
        </div>
        <div className="form-row">
          {draft.conditions.includes("hypertension") && (
            <SelectField
              label="Hypertension treated to target"
              value={draft.hypertensionControlled}
              onChange={set("hypertensionControlled")}
              options={STATED}
            />
          )}
          {draft.conditions.includes("hyperthyroidism") && (
            <SelectField
              label="Hyperthyroidism treated"
              value={draft.hyperthyroidismTreated}
              onChange={set("hyperthyroidismTreated")}
              options={STATED}
            />
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Psychiatric and substance use history</legend>
        <NotesField
          label="Psychiatric history"
          value={draft.psychiatricNotes}
          onChange={set("psychiatricNotes")}
        />
        <NotesField
          label="Substance use (alcohol, drugs, recreational ketamine)"
          value={draft.substanceUseNotes}
          onChange={set("substanceUseNotes")}
        />
      </fieldset>

      <datalist id={MEDICATION_LIST_ID}>
        {MEDICATION_OPTIONS.map((o) => (
          <option key={o.name} value={o.name} label={o.name === o.ingredients ? undefined : o.ingredients} />
        ))}
      </datalist>
      <ListEditor
        legend="Current medications"
        itemNoun="medication"
        items={draft.medications}
        blank={{ name: "", dose: "", frequency: "" }}
        onChange={set("medications")}
        renderRow={(m, update, i) => {
          const status = medicationStatus(m.name);
          return (
            <>
              <MedicationName
                value={m.name}
                onChange={(name) => update({ name })}
                error={errors[`/medications/${i}/name`]}
                status={status}
              />
              <TextField label="Dose" value={m.dose} onChange={(dose) => update({ dose })} />
              <TextField
                label="Frequency"
                value={m.frequency}
                onChange={(frequency) => update({ frequency })}
              />
            </>
          );
        }}
      />

      <ListEditor
        legend="Allergies"
        itemNoun="allergy"
        items={draft.allergies}
        blank={{ substance: "", reaction: "" }}
        onChange={set("allergies")}
        renderRow={(a, update, i) => (
          <>
            <TextField
              label="Substance"
              value={a.substance}
              onChange={(substance) => update({ substance })}
              error={errors[`/allergies/${i}/substance`]}
            />
            <TextField label="Reaction" value={a.reaction} onChange={(reaction) => update({ reaction })} />
          </>
        )}
      />

      <fieldset>
        <legend>Baseline vital signs</legend>
        <div className="form-row">
          {number("hr", "Heart rate", "beats/min")}
          {number("sbp", "Systolic BP", "mmHg")}
          {number("dbp", "Diastolic BP", "mmHg")}
          {number("spo2", "SpO2", "%")}
          {number("rr", "Respiratory rate", "breaths/min")}
          {number("weightKg", "Weight", "kg")}
          {number("heightCm", "Height", "cm")}
        </div>
      </fieldset>

      <ListEditor<LabDraft>
        legend="Pre-infusion tests"
        itemNoun="test"
        items={draft.labs}
        blank={{ name: "ALT", value: "", unit: LAB_UNITS.ALT, takenOn: "" }}
        onChange={set("labs")}
        renderRow={(lab, update, i) => (
          <>
            <SelectField
              label="Test"
              value={lab.name}
              onChange={(name) => update({ name, unit: LAB_UNITS[name] })}
              options={LAB_NAMES.map((name) => ({ value: name, label: LAB_LABELS[name] }))}
            />
            <TextField
              label="Result"
              value={lab.value}
              unit={lab.unit || undefined}
              hint={lab.unit ? undefined : "e.g. negative, sinus rhythm"}
              onChange={(value) => update({ value })}
              error={errors[`/labs/${i}/value`]}
            />
            <TextField
              label="Date taken"
              type="date"
              value={lab.takenOn}
              onChange={(takenOn) => update({ takenOn })}
              error={errors[`/labs/${i}/takenOn`]}
            />
          </>
        )}
      />

      <fieldset>
        <legend>Earlier ketamine exposure</legend>
        <div className="form-row">
          {number("priorInfusions", "Infusions given before", "infusions")}
          {number("lifetimeMg", "Lifetime ketamine received", "mg")}
        </div>
      </fieldset>
    </>
  );
}

function NotesField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label>
        {label}
        <textarea rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
    </div>
  );
}

interface MedicationNameProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  status: ReturnType<typeof medicationStatus>;
}

/** A medication name with type-ahead from the dictionary and whether it can be checked for interactions. */
function MedicationName({ value, onChange, error, status }: MedicationNameProps) {
  return (
    <div className="medication-name">
      <TextField
        label="Medication"
        value={value}
        onChange={onChange}
        error={error}
        hint={status?.text}
        list={MEDICATION_LIST_ID}
      />
      {status && !status.checked && <span className="badge badge-warn">not checked for interactions</span>}
    </div>
  );
}
