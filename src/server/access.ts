import type { FastifyReply, FastifyRequest } from "fastify";
import { appendAudit } from "../store/audit";
import { findGateway } from "../store/gateways";
import { deleteSession, findSession, touchSession } from "../store/sessions";
import type { Access, App, Context } from "./context";
import { auditEventFor } from "./context";
import { ApiError } from "./errors";
import { csrfTokenFor, sameSecret, sessionTokenHash } from "./tokens";

export const SESSION_COOKIE = "kg_session";
export const CSRF_HEADER = "x-csrf-token";

/** One row of the route table: what the access matrix test is generated from. */
export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** How often a session's last-seen time is written: a small share of the idle timeout, at most a minute. */
function touchInterval(idleMs: number): number {
  return Math.min(60_000, idleMs / 20);
}

/**
 * Access control from the route table. Every route must declare `config.access` (startup fails otherwise:
 * default deny). One `onRequest` hook — before the body is even parsed — resolves the session, enforces the
 * idle timeout, checks the CSRF token on state-changing requests and the caller's role, and audits each
 * denial.
 *
 * @returns the route table, filled in as routes are registered.
 */
export function installAccessControl(app: App, ctx: Context): RouteAccess[] {
  const table: RouteAccess[] = [];
  app.addHook("onRoute", (route) => {
    const access = route.config?.access;
    const methods = [route.method].flat();
    if (!access) throw new Error(`route ${methods.join(",")} ${route.url} does not declare config.access`);
    for (const method of methods) if (method !== "HEAD") table.push({ method, url: route.url, access });
  });

  const deny = async (req: FastifyRequest, err: ApiError): Promise<never> => {
    await appendAudit(
      ctx.db,
      auditEventFor(ctx, req, {
        action: "access.denied",
        outcome: "denied",
        resourceType: "route",
        resourceId: `${req.method} ${req.routeOptions.url}`,
      }),
    );
    throw err;
  };

  app.decorateRequest("auth", null);
  app.decorateRequest("gateway", null);
  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    const access = req.routeOptions.config.access;
    // Unmatched URLs have no declaration; they end in the not-found handler.
    if (!access || access === "public") return;
    if (access === "gateway") {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
      req.gateway = bearer ? await findGateway(ctx.db, sessionTokenHash(bearer)) : null;
      if (!req.gateway) {
        return deny(req, new ApiError("auth.gateway_required", "Send a valid monitor gateway token."));
      }
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await findSession(ctx.db, sessionTokenHash(token)) : null;
    if (!token || !session) return deny(req, new ApiError("auth.required", "Please sign in."));
    const now = ctx.clock();
    const idle = now.getTime() - session.lastSeenAt.getTime();
    if (idle > ctx.sessionIdleMs) {
      await deleteSession(ctx.db, session.user.clinicId, session.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return deny(
        req,
        new ApiError(
          "auth.required",
          "Your session ended after a period of inactivity. Please sign in again.",
        ),
      );
    }
    const csrfToken = csrfTokenFor(token);
    req.auth = { sessionId: session.sessionId, csrfToken, user: session.user };
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, csrfToken)) {
        return deny(
          req,
          new ApiError("csrf.invalid", `Send the session's security token in the ${CSRF_HEADER} header.`),
        );
      }
    }
    if (access !== "authenticated" && !access.includes(session.user.role)) {
      return deny(req, new ApiError("auth.forbidden", "Your role does not allow this."));
    }
    if (idle > touchInterval(ctx.sessionIdleMs)) {
      await touchSession(ctx.db, session.user.clinicId, session.sessionId, now);
    }
  });
  return table;
}
