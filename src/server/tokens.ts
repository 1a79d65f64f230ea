import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new session token for the cookie: 256 random bits. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new monitor-gateway token: 256 random bits, recognisable by its prefix in configuration files. */
export function newGatewayToken(): string {
  return `kgw_${randomBytes(32).toString("base64url")}`;
}

/** What the database stores for a session (or gateway) token (never the token itself). */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token bound to a session: an HMAC keyed by the session token. Another site can neither read the
 * HttpOnly cookie nor derive this from it, and it dies with the session.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("ketaguard-csrf").digest("base64url");
}

/** Constant-time string comparison. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
