import type { AddressInfo } from "node:net";
import { createTestDatabase } from "../../test/support/db";
import { openDatabase } from "../store/db";
import { migrate } from "../store/migrate";
import { DEMO_PASSWORD, seedDemoData } from "../store/seed";
import { type AppDeps, buildApp } from "./app";
import type { Me } from "./schemas";

/** A cheap scrypt cost for tests that create accounts; production keeps OWASP_SCRYPT. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON bodies.
  readonly body: any;
}

/** Sends one request; `raw` sends the body as given (for malformed JSON), otherwise it is JSON-encoded. */
export async function send(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  } else if (opts.raw !== undefined) {
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (e.g. the web app's HTML): keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** A signed-in client: sends the session cookie, and the CSRF token unless told otherwise. */
export interface Session {
  readonly me: Me;
  readonly cookie: string;
  readonly csrfToken: string;
  request(
    method: string,
    path: string,
    opts?: { body?: unknown; raw?: string; csrf?: string | null; headers?: Record<string, string> },
  ): Promise<Reply>;
}

export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await send(base, "POST", "/api/auth/login", { body: { email, password } });
  if (res.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const csrfToken: string = res.body.csrfToken;
  return {
    me: res.body.user,
    cookie,
    csrfToken,
    request: (method, path, opts = {}) => {
      const csrf = opts.csrf === undefined ? csrfToken : opts.csrf;
      return send(base, method, path, {
        ...opts,
        headers: { cookie, ...(csrf === null ? {} : { "x-csrf-token": csrf }), ...opts.headers },
      });
    },
  };
}

export interface TestServer {
  readonly base: string;
  readonly db: ReturnType<typeof openDatabase>;
  readonly databaseUrl: string;
  readonly routes: Awaited<ReturnType<typeof buildApp>>["routes"];
  close(): Promise<void>;
}

/**
 * A real server on a free port over a fresh, migrated database with the demo data (cheap password hashes).
 * For use inside vitest int tests only.
 */
export async function startTestServer(deps: Partial<AppDeps> = {}): Promise<TestServer> {
  const tdb = await createTestDatabase();
  const db = openDatabase(tdb.url);
  await migrate(db);
  await seedDemoData(db, { scrypt: TEST_SCRYPT });
  const { app, routes } = await buildApp({
    db,
    databaseUrl: tdb.url,
    logLevel: "silent",
    scrypt: TEST_SCRYPT,
    ...deps,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    db,
    databaseUrl: tdb.url,
    routes,
    close: async () => {
      await app.close();
      await db.destroy();
      await tdb.drop();
    },
  };
}
