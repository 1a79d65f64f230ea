/** A short list of passwords that are long enough but among the most guessed; extend with care. */
const COMMON_PASSWORDS = new Set([
  "123456789012",
  "1234567890123",
  "password1234",
  "password12345",
  "passwordpassword",
  "qwertyuiopas",
  "qwerty123456",
  "iloveyou1234",
  "administrator",
  "letmein12345",
  "welcome12345",
  "changeme1234",
  "trustno1trustno1",
  "abc123abc123",
  "111111111111",
  "000000000000",
  "aaaaaaaaaaaa",
  "ketamine1234",
  "ketaguard123",
  "ketaguard2026",
  "correcthorsebatterystaple",
]);

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Why a new password is not acceptable, or null when it is: at least 12 characters, not containing the
 * local part of the account's email (3+ characters), not one of the commonly used passwords.
 *
 * @example
 * passwordProblem("short", "ana@clinic.test"); // "must be at least 12 characters"
 */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const local = email.split("@")[0]!.toLowerCase();
  if (local.length >= 3 && password.toLowerCase().includes(local))
    return "must not contain the email's name part";
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "is too common; choose another";
  return null;
}
