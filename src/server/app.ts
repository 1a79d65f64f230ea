import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { registerAjvFormats, TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyError, type FastifyRequest } from "fastify";
import type { ChairConfig } from "../clinical/chair/config";
import { openAuditWriter } from "../store/audit-writer";
import type { Executor } from "../store/db";
import { OWASP_SCRYPT, type ScryptParams } from "../store/passwords";
import { installAccessControl, type RouteAccess } from "./access";
import { createChairEngine } from "./chair/engine";
import { createBoardHub } from "./chair/hub";
import { startLiveUpdates } from "./chair/live";
import type { App, Context } from "./context";
import { ApiError, toProblem } from "./errors";
import { createRateLimiter } from "./rate-limit";
import { analyticsRoutes } from "./routes/analytics";
import { auditRoutes } from "./routes/audit";
import { authRoutes } from "./routes/auth";
import { chairRoutes } from "./routes/chair";
import { evaluationRoutes } from "./routes/evaluations";
import { healthRoutes } from "./routes/health";
import { knowledgeRoutes } from "./routes/knowledge";
import { monitorRoutes } from "./routes/monitor";
import { outcomeRoutes } from "./routes/outcomes";
import { patientRoutes } from "./routes/patients";
import { planRoutes } from "./routes/plans";
import { portalRoutes } from "./routes/portal";
import { scheduleRoutes } from "./routes/schedule";
import { settingsRoutes } from "./routes/settings";
import { userRoutes } from "./routes/users";
import { worklistRoutes } from "./routes/worklist";
import { spaRoutes } from "./spa";
import { fieldErrors } from "./validation";

export const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));
/** Largest accepted request body. A full patient record with 100 entries per list fits comfortably. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface AppDeps {
  readonly db: Executor;
  /** The same database's URL: other instances' chart changes are heard over LISTEN on it (omit: this instance only). */
  readonly databaseUrl?: string;
  /** Sign-out after this long without a request (default 30). */
  readonly sessionIdleMinutes?: number;
  /** pino level, or `silent` (default `info`). */
  readonly logLevel?: string;
  /** Trust X-Forwarded-* from a reverse proxy (client IP for rate limiting; https for Secure cookies). */
  readonly trustProxy?: boolean;
  /** Sign-in attempts allowed per client IP per window (default 20 per 15 minutes). */
  readonly loginRateLimit?: { readonly max: number; readonly windowMs: number };
  /** The chair's limits and timings (default: the knowledge base's defaults). */
  readonly chairConfig?: ChairConfig;
  /** Time source; tests pass a controllable one. */
  readonly clock?: () => Date;
  /** Hashing cost for passwords set through the API (default OWASP_SCRYPT). */
  readonly scrypt?: ScryptParams;
  /** Where the JSON log lines go (default standard output); tests read them to check what is logged. */
  readonly logStream?: { write(line: string): void };
  /** Folder of the built web app (default web/dist). */
  readonly webDistDir?: string;
}

export interface BuiltApp {
  readonly app: App;
  /** Every registered route and who may call it. */
  readonly routes: readonly RouteAccess[];
}

/** Logs carry route patterns and ids only: never bodies, query strings (they hold names) or cookies. */
const serializers = {
  req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions?.url ?? "(no route)" }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

function toApiError(err: FastifyError): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err.validation) {
    const errors = fieldErrors(err.validation);
    const where =
      err.validationContext === "body" ? "body" : err.validationContext === "params" ? "path" : "query";
    const summary = errors.map((e) => `${e.path || "(whole)"} ${e.message}`).join("; ");
    return new ApiError("validation.failed", `The request ${where} is not valid: ${summary}.`, errors);
  }
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError(
        "payload.too_large",
        `Request bodies are limited to ${BODY_LIMIT_BYTES / 1024} KiB.`,
      );
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ApiError("media_type.unsupported", "Send the body as application/json.");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ApiError("validation.failed", "The body is empty but JSON was declared.", [
        { path: "", message: "must be a JSON document" },
      ]);
  }
  if (err instanceof SyntaxError || err.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return new ApiError("validation.failed", "The body is not valid JSON.", [
      { path: "", message: "is not valid JSON" },
    ]);
  }
  if (err.statusCode === 404) return new ApiError("not_found");
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return new ApiError("validation.failed", "The request could not be read.", [
      { path: "", message: "is not readable" },
    ]);
  }
  return null;
}

/**
 * Builds the HTTP application: security hooks, routes by resource, OpenAPI at /api/openapi.json, the web app
 * for every other path. Does not listen; call `app.listen()`.
 *
 * @example
 * const { app } = await buildApp({ db: openDatabase(url) });
 * await app.listen({ port: 3000, host: "127.0.0.1" });
 */
export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  registerAjvFormats();
  const clock = deps.clock ?? (() => new Date());
  const app: App = Fastify({
    logger: {
      level: deps.logLevel ?? "info",
      serializers,
      redact: { paths: ["err.detail", "err.parameters", "err.where"], censor: "[redacted]" },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: deps.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  // The API speaks JSON only; a text body is refused (415) rather than validated as a string.
  app.removeContentTypeParser("text/plain");

  const hub = createBoardHub();
  const engine = createChairEngine(hub, clock, deps.chairConfig);
  const ctx: Context = {
    chair: { engine, hub },
    db: deps.db,
    clock,
    sessionIdleMs: (deps.sessionIdleMinutes ?? 30) * 60_000,
    scrypt: deps.scrypt ?? OWASP_SCRYPT,
    loginLimiter: createRateLimiter(deps.loginRateLimit ?? { max: 20, windowMs: 15 * 60_000 }, clock),
    lockout: { maxFailures: 5, minutes: 15 },
  };

  app.setErrorHandler((err: FastifyError, req, reply) => {
    let apiError = toApiError(err);
    if (!apiError) {
      req.log.error({ err }, "request failed");
      apiError = new ApiError("internal", "Something went wrong; nothing was saved.");
    }
    return reply
      .code(apiError.status)
      .headers(apiError.headers)
      .type("application/problem+json")
      .send(JSON.stringify(toProblem(apiError, req.id)));
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .type("application/problem+json")
      .send(JSON.stringify(toProblem(new ApiError("not_found", "No such route."), req.id))),
  );
  app.addHook("onSend", async (req, reply) => {
    reply.headers(SECURITY_HEADERS);
    reply.header("x-request-id", req.id);
    if (req.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Ketaguard API", version: "0.1.0" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "kg_session" } } },
    },
  });
  const routes = installAccessControl(app, ctx);

  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await healthRoutes(app, ctx);
  await authRoutes(app, ctx);
  await patientRoutes(app, ctx);
  await userRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await knowledgeRoutes(app, ctx);
  await evaluationRoutes(app, ctx);
  await planRoutes(app, ctx);
  await scheduleRoutes(app, ctx);
  await chairRoutes(app, ctx);
  await monitorRoutes(app, ctx);
  await portalRoutes(app, ctx);
  await worklistRoutes(app, ctx);
  await settingsRoutes(app, ctx);
  await analyticsRoutes(app, ctx);
  await outcomeRoutes(app, ctx);
  await spaRoutes(app, path.resolve(deps.webDistDir ?? DEFAULT_WEB_DIST));
  // Standalone audit appends (reads outside a write, refusals, failed sign-ins) commit in groups. Fastify
  // runs onClose after in-flight requests finish, so the queue is drained before the pool is closed.
  const auditWriter = openAuditWriter(deps.db);
  const stopLive = startLiveUpdates(app, ctx, deps.databaseUrl);
  app.addHook("preClose", () => stopLive());
  app.addHook("onClose", () => auditWriter.close());
  return { app, routes };
}
