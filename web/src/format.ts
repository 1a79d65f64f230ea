/** Display helpers shared by pages: dates, ages, and values in the change history. */

/** A day (today unless given) in the browser's time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whole years between a date of birth and a day, both YYYY-MM-DD (birthdays count from the day itself).
 *
 * @example ageInYears("1980-06-15", "2026-06-14") // 45
 */
export function ageInYears(dateOfBirth: string, onDay: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = onDay.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A timestamp in the reader's time zone, e.g. "25 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const FIELD_LABELS: Record<string, string> = {
  mrn: "MRN",
  givenName: "Given name",
  familyName: "Family name",
  dateOfBirth: "Date of birth",
  sex: "Sex",
  weight: "Weight",
  height: "Height",
  allergies: "Allergies",
  conditions: "Conditions",
  medications: "Medications",
};

/** The human name of a patient field as it appears in the history. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

type Row = Record<string, unknown>;

function describeRow(row: Row): string {
  if ("kg" in row) return `${row.kg} kg (measured ${row.measuredOn})`;
  if ("cm" in row) return `${row.cm} cm (measured ${row.measuredOn})`;
  if ("substance" in row) return row.reaction ? `${row.substance} (${row.reaction})` : String(row.substance);
  if ("label" in row) return row.code ? `${row.label} [${row.code}]` : String(row.label);
  if ("name" in row) return [row.name, row.dose, row.frequency].filter(Boolean).join(" ");
  return JSON.stringify(row);
}

/**
 * A history value in words: measurements with units, lists joined, empty values as "none".
 *
 * @example formatValue({ kg: 72, measuredOn: "2026-01-02" }) // "72 kg (measured 2026-01-02)"
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join("; ") : "none";
  if (typeof value === "object") return describeRow(value as Row);
  return String(value);
}
