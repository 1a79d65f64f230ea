/** Words shown for coded values: one place, so every page names things the same way. */
import type { Role, Sex } from "./api/types";

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  physician: "Physician",
  nurse: "Nurse",
  admin: "Administrator",
  patient: "Patient",
};

export const SEX_LABEL: Readonly<Record<Sex, string>> = {
  female: "Female",
  male: "Male",
  other: "Other",
  unknown: "Unknown",
};

/** Options for a drop-down built from one of the label tables, in the table's order. */
export function optionsOf<T extends string>(
  labels: Readonly<Record<T, string>>,
): { value: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}
