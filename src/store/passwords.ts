import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/** scrypt cost parameters: CPU/memory cost N, block size r, parallelisation p. */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * OWASP Password Storage Cheat Sheet, scrypt: N=2^14 (16 MiB), r=8, p=5 — one of its five equivalent
 * parameter sets. Chosen over N=2^17, p=1 because it needs 16 MiB per hash instead of 128 MiB, so a burst of
 * logins cannot exhaust the server's memory, at the same CPU cost.
 */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 5 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * params.N * params.r;
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { ...params, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/**
 * Hashes a password with a fresh random salt. The result records its parameters
 * (`scrypt$N$r$p$salt$hash`, base64url), so stored hashes stay verifiable when the defaults change.
 *
 * @example
 * const stored = await hashPassword("correct horse battery");
 * await verifyPassword("correct horse battery", stored); // true
 */
export async function hashPassword(password: string, params: ScryptParams = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const expected = Buffer.from(parts[5]!, "base64url");
  const actual = await derive(password, Buffer.from(parts[4]!, "base64url"), { N, r, p });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
