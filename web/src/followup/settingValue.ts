/**
 * Clinic settings as typed into a form: a list of whole numbers (e.g. check-in hours) or a text that may be
 * left empty to use the default wording. The kind follows the setting's default.
 */

export type SettingKind = "number-list" | "text";

/** A list default means a list of numbers; anything else is text (null: the built-in default). */
export const settingKind = (defaultValue: unknown): SettingKind =>
  Array.isArray(defaultValue) ? "number-list" : "text";

/**
 * A stored value as the form shows it.
 * @example settingText([24, 72, 168]) // "24, 72, 168"
 */
export function settingText(value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** What the form's text means as a value, or why it cannot be saved. */
export function parseSetting(text: string, kind: SettingKind): { value: unknown } | { problem: string } {
  const trimmed = text.trim();
  if (kind === "text") return { value: trimmed === "" ? null : trimmed };
  const parts = trimmed.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return { problem: "Give at least one number." };
  const numbers = parts.map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1))
    return { problem: "Use whole numbers of 1 or more." };
  return { value: numbers };
}

/** A setting's value in words for the list, e.g. "24, 72, 168" or "(the built-in default)". */
export const settingWords = (value: unknown): string => settingText(value) || "(the built-in default)";
