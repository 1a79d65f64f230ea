import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { verifyPassword } from "../../store/passwords";
import { createSession, deleteSession } from "../../store/sessions";
import {
  findLoginCandidate,
  type LoginCandidate,
  recordLoginFailure,
  recordLoginSuccess,
} from "../../store/users";
import { SESSION_COOKIE } from "../access";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { Email, type Me, problemResponses, SessionSchema } from "../schemas";
import { csrfTokenFor, newSessionToken, sessionTokenHash } from "../tokens";

/** Verified against when the email is unknown, so both cases take the same time. */
const DUMMY_HASH = "scrypt$16384$8$5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

function toMe(u: LoginCandidate): Me {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    clinicId: u.clinicId,
    clinicName: u.clinicName,
    patientId: u.patientId,
  };
}

function lockedError(until: Date, now: Date): ApiError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new ApiError(
    "auth.locked",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (after ${until.toISOString()}).`,
    undefined,
    { "retry-after": String(minutes * 60) },
  );
}

/** Sign-in, sign-out and the current session. */
export async function authRoutes(app: App, ctx: Context): Promise<void> {
  app.post(
    "/api/auth/login",
    {
      config: { access: "public" },
      schema: {
        summary: "Sign in; sets the session cookie and returns the CSRF token",
        body: LoginBody,
        response: { 200: SessionSchema, ...problemResponses(400, 401, 429) },
      },
    },
    async (req, reply) => {
      const limited = ctx.loginLimiter.hit(req.ip);
      if (!limited.allowed) {
        throw new ApiError(
          "rate_limited",
          `Too many sign-in attempts from this address. Try again in ${limited.retryAfterSeconds} seconds.`,
          undefined,
          { "retry-after": String(limited.retryAfterSeconds) },
        );
      }
      const now = ctx.clock();
      const user = await findLoginCandidate(ctx.db, req.body.email);
      const attempt = (outcome: "success" | "failure", u: LoginCandidate | null) =>
        auditEventFor(ctx, req, {
          action: "auth.login",
          outcome,
          actorId: u?.id ?? null,
          actorRole: u?.role ?? null,
          actorEmail: u?.email ?? null,
          clinicId: u?.clinicId ?? null,
          resourceType: "user",
          resourceId: u?.id ?? null,
        });
      if (user?.lockedUntil && user.lockedUntil > now) {
        await appendAudit(ctx.db, attempt("failure", user));
        throw lockedError(user.lockedUntil, now);
      }
      const passwordOk = await verifyPassword(req.body.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !passwordOk || !user.active) {
        await ctx.db.transaction().execute(async (trx) => {
          if (user && !passwordOk) {
            const lockUntil = new Date(now.getTime() + ctx.lockout.minutes * 60_000);
            await recordLoginFailure(trx, user, { maxFailures: ctx.lockout.maxFailures, lockUntil });
          }
          await appendAudit(trx, attempt("failure", user));
        });
        throw new ApiError("auth.invalid_credentials", "Email or password is incorrect.");
      }
      const token = newSessionToken();
      await ctx.db.transaction().execute(async (trx) => {
        await recordLoginSuccess(trx, user, now);
        await createSession(
          trx,
          { clinicId: user.clinicId, userId: user.id, tokenHash: sessionTokenHash(token) },
          now,
        );
        await appendAudit(trx, attempt("success", user));
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: req.protocol === "https",
      });
      return { user: toMe(user), csrfToken: csrfTokenFor(token) };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "Sign out: ends the session",
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (req, reply) => {
      const auth = caller(req);
      await ctx.db.transaction().execute(async (trx) => {
        await deleteSession(trx, auth.user.clinicId, auth.sessionId);
        await appendAudit(trx, auditEventFor(ctx, req, { action: "auth.logout", outcome: "success" }));
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/auth/me",
    {
      config: { access: "authenticated" },
      schema: {
        summary: "The signed-in account and its CSRF token",
        response: { 200: SessionSchema, ...problemResponses(401) },
      },
    },
    async (req) => {
      const auth = caller(req);
      return { user: auth.user, csrfToken: auth.csrfToken };
    },
  );
}
