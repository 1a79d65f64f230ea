import type { IncomingMessage, ServerResponse } from "node:http";
import type {} from "@fastify/cookie";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from "fastify";
import type { AuditEvent } from "../store/audit";
import type { Executor } from "../store/db";
import type { Gateway } from "../store/gateways";
import type { ScryptParams } from "../store/passwords";
import type { Role } from "../store/schema";
import type { ChairEngine } from "./chair/engine";
import type { BoardHub } from "./chair/hub";
import type { RateLimiter } from "./rate-limit";
import type { Me } from "./schemas";

/**
 * Who may call a route: anyone (`public`), any signed-in account (`authenticated`), or the listed roles.
 * `gateway` routes take a monitor gateway's bearer token instead of a sign-in.
 * Every route must declare one; a route without it stops the server from starting.
 */
export type Access = "public" | "authenticated" | "gateway" | readonly Role[];

/** The signed-in caller, set by the access hook on every non-public route. */
export interface Auth {
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly user: Me;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Auth | null;
    gateway: Gateway | null;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What route handlers share: the database, the clock and the security settings. */
export interface Context {
  readonly db: Executor;
  readonly clock: () => Date;
  readonly sessionIdleMs: number;
  readonly scrypt: ScryptParams | undefined;
  readonly loginLimiter: RateLimiter;
  readonly lockout: { readonly maxFailures: number; readonly minutes: number };
  readonly chair: { readonly engine: ChairEngine; readonly hub: BoardHub };
}

/** The signed-in caller of a route declared for signed-in users (the access hook guarantees one). */
export function caller(req: FastifyRequest): Auth {
  if (!req.auth) throw new Error(`route ${req.routeOptions.url} reached a handler without a session`);
  return req.auth;
}

/** An audit event for this request, attributed to its caller (if any) and clinic. */
export function auditEventFor(
  ctx: Context,
  req: FastifyRequest,
  fields: Pick<AuditEvent, "action" | "outcome"> & Partial<AuditEvent>,
): AuditEvent {
  const user = req.auth?.user;
  const gateway = req.gateway;
  return {
    at: ctx.clock(),
    actorId: user?.id ?? gateway?.id ?? null,
    actorRole: user?.role ?? (gateway ? "gateway" : null),
    actorEmail: user?.email ?? null,
    resourceType: null,
    resourceId: null,
    clinicId: user?.clinicId ?? gateway?.clinicId ?? null,
    requestId: req.id,
    ...fields,
  };
}
