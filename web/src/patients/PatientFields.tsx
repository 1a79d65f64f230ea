import { SelectField, TextField } from "../components/Field";
import { optionsOf, SEX_LABEL } from "../labels";
import type { AllergyDraft, ConditionDraft, FieldErrors, MedicationDraft, PatientDraft } from "./draft";
import { ListEditor } from "./ListEditor";

const SEX_OPTIONS = optionsOf(SEX_LABEL);

const CONTROLLED_OPTIONS: readonly { value: ConditionDraft["controlled"]; label: string }[] = [
  { value: "", label: "Not stated" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

interface PatientFieldsProps {
  draft: PatientDraft;
  errors: FieldErrors;
  onChange: (draft: PatientDraft) => void;
}

/** All fields of a patient record, shared by the new-patient and correction forms. */
export function PatientFields({ draft, errors, onChange }: PatientFieldsProps) {
  const set =
    <K extends keyof PatientDraft>(key: K) =>
    (value: PatientDraft[K]) =>
      onChange({ ...draft, [key]: value });
  return (
    <>
      <fieldset>
        <legend>Identity</legend>
        <div className="form-row">
          <TextField label="MRN" value={draft.mrn} onChange={set("mrn")} error={errors["/mrn"]} required />
          <TextField
            label="Given name"
            value={draft.givenName}
            onChange={set("givenName")}
            error={errors["/givenName"]}
            required
          />
          <TextField
            label="Family name"
            value={draft.familyName}
            onChange={set("familyName")}
            error={errors["/familyName"]}
            required
          />
        </div>
        <div className="form-row">
          <TextField
            label="Date of birth"
            type="date"
            value={draft.dateOfBirth}
            onChange={set("dateOfBirth")}
            error={errors["/dateOfBirth"]}
            required
          />
          <SelectField
            label="Sex"
            value={draft.sex}
            onChange={set("sex")}
            options={SEX_OPTIONS}
            error={errors["/sex"]}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Measurements</legend>
        <div className="form-row">
          <TextField
            label="Weight"
            type="number"
            step="0.1"
            unit="kg"
            value={draft.weightKg}
            onChange={set("weightKg")}
            error={errors["/weight/kg"] ?? errors["/weight"]}
          />
          <TextField
            label="Weight measured on"
            type="date"
            value={draft.weightMeasuredOn}
            onChange={set("weightMeasuredOn")}
            error={errors["/weight/measuredOn"]}
          />
        </div>
        <div className="form-row">
          <TextField
            label="Height"
            type="number"
            step="0.1"
            unit="cm"
            value={draft.heightCm}
            onChange={set("heightCm")}
            error={errors["/height/cm"] ?? errors["/height"]}
          />
          <TextField
            label="Height measured on"
            type="date"
            value={draft.heightMeasuredOn}
            onChange={set("heightMeasuredOn")}
            error={errors["/height/measuredOn"]}
          />
        </div>
      </fieldset>
      <ListEditor<AllergyDraft>
        legend="Allergies"
        itemNoun="allergy"
        items={draft.allergies}
        blank={{ substance: "", reaction: "" }}
        onChange={set("allergies")}
        renderRow={(row, update, i) => (
          <>
            <TextField
              label="Substance"
              value={row.substance}
              onChange={(substance) => update({ substance })}
              error={errors[`/allergies/${i}/substance`]}
            />
            <TextField
              label="Reaction"
              value={row.reaction}
              onChange={(reaction) => update({ reaction })}
              error={errors[`/allergies/${i}/reaction`]}
            />
          </>
        )}
      />
      <ListEditor<ConditionDraft>
        legend="Conditions"
        itemNoun="condition"
        items={draft.conditions}
        blank={{ code: "", label: "", since: "", controlled: "", notes: "" }}
        onChange={set("conditions")}
        renderRow={(row, update, i) => (
          <>
            <TextField
              label="Condition"
              value={row.label}
              onChange={(label) => update({ label })}
              error={errors[`/conditions/${i}/label`]}
            />
            <TextField
              label="Code"
              hint="e.g. ICD-10 or SNOMED CT"
              value={row.code}
              onChange={(code) => update({ code })}
              error={errors[`/conditions/${i}/code`]}
            />
            <TextField
              label="Since"
              hint="YYYY, YYYY-MM or YYYY-MM-DD"
              value={row.since}
              onChange={(since) => update({ since })}
              error={errors[`/conditions/${i}/since`]}
            />
            <SelectField
              label="Controlled"
              value={row.controlled}
              onChange={(controlled) => update({ controlled })}
              options={CONTROLLED_OPTIONS}
            />
            <TextField
              label="Notes"
              value={row.notes}
              onChange={(notes) => update({ notes })}
              error={errors[`/conditions/${i}/notes`]}
            />
          </>
        )}
      />
      <ListEditor<MedicationDraft>
        legend="Current medications"
        itemNoun="medication"
        items={draft.medications}
        blank={{ name: "", dose: "", frequency: "" }}
        onChange={set("medications")}
        renderRow={(row, update, i) => (
          <>
            <TextField
              label="Medication"
              value={row.name}
              onChange={(name) => update({ name })}
              error={errors[`/medications/${i}/name`]}
            />
            <TextField
              label="Dose"
              value={row.dose}
              onChange={(dose) => update({ dose })}
              error={errors[`/medications/${i}/dose`]}
            />
            <TextField
              label="Frequency"
              value={row.frequency}
              onChange={(frequency) => update({ frequency })}
              error={errors[`/medications/${i}/frequency`]}
            />
          </>
        )}
      />
    </>
  );
}
