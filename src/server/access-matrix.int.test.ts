import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../store/schema";
import { DEMO_PASSWORD } from "../store/seed";
import type { RouteAccess } from "./access";
import { buildApp } from "./app";
import { type Reply, type Session, send, signIn, startTestServer, type TestServer } from "./testing";

type Who = "anonymous" | Role;
const WHO: readonly Who[] = ["anonymous", "admin", "physician", "nurse", "patient"];
const EMAIL: Record<Role, string> = {
  admin: "admin@demo.ketaguard.test",
  physician: "physician@demo.ketaguard.test",
  nurse: "nurse1@demo.ketaguard.test",
  patient: "patient@demo.ketaguard.test",
};

let server: TestServer;
let webDir: string;
const sessions = new Map<Role, Session>();
let ownPatientId: string;
let counter = 0;

/** A request that succeeds for a caller the route admits, per route. A new route without one fails the test. */
type Fixture = (who: Who) => Promise<{ path: string; body?: unknown; session?: Session | null }>;

async function newStaffUser(): Promise<string> {
  const res = await sessions.get("admin")!.request("POST", "/api/users", {
    body: {
      email: `target${++counter}@demo.ketaguard.test`,
      name: "Target",
      role: "nurse",
      password: "Long-enough-pass-1",
    },
  });
  return res.body.id;
}

const FIXTURES: Record<string, Fixture> = {
  "GET /api/openapi.json": async () => ({ path: "/api/openapi.json" }),
  "GET /healthz": async () => ({ path: "/healthz" }),
  "GET /readyz": async () => ({ path: "/readyz" }),
  "GET /*": async () => ({ path: "/patients/some-client-route" }),
  "POST /api/auth/login": async (who) => ({
    path: "/api/auth/login",
    body: { email: EMAIL[who === "anonymous" ? "nurse" : who], password: DEMO_PASSWORD },
    session: null,
  }),
  // Signing out ends the session, so it gets a session of its own.
  "POST /api/auth/logout": async (who) => ({
    path: "/api/auth/logout",
    session: who === "anonymous" ? null : await signIn(server.base, EMAIL[who]),
  }),
  "GET /api/auth/me": async () => ({ path: "/api/auth/me" }),
  "GET /api/patients": async () => ({ path: "/api/patients?q=a" }),
  "POST /api/patients": async () => ({
    path: "/api/patients",
    body: {
      mrn: `MX-${++counter}`,
      givenName: "Test",
      familyName: "Matrix",
      dateOfBirth: "1990-01-01",
      sex: "unknown",
      allergies: [],
      conditions: [],
      medications: [],
    },
  }),
  "GET /api/patients/:id": async () => ({ path: `/api/patients/${ownPatientId}` }),
  "PATCH /api/patients/:id": async () => ({
    path: `/api/patients/${ownPatientId}`,
    body: { changes: { medications: [{ name: `Drug ${++counter}` }] }, reason: "Matrix" },
  }),
  "GET /api/patients/:id/history": async () => ({ path: `/api/patients/${ownPatientId}/history` }),
  "GET /api/users": async () => ({ path: "/api/users" }),
  "POST /api/users": async () => ({
    path: "/api/users",
    body: {
      email: `new${++counter}@demo.ketaguard.test`,
      name: "New",
      role: "nurse",
      password: "Long-enough-pass-1",
    },
  }),
  "POST /api/users/:id/deactivate": async (who) => ({
    path: `/api/users/${who === "admin" ? await newStaffUser() : sessions.get("nurse")!.me.id}/deactivate`,
  }),
  // Resetting a password ends that account's sessions, so the target is a throwaway account.
  "POST /api/users/:id/reset-password": async (who) => ({
    path: `/api/users/${who === "admin" ? await newStaffUser() : sessions.get("nurse")!.me.id}/reset-password`,
    body: { password: DEMO_PASSWORD },
  }),
  "GET /api/audit": async () => ({ path: "/api/audit?outcome=denied" }),
};

function expected(route: RouteAccess, who: Who): "2xx" | 401 | 403 {
  if (route.access === "public") return "2xx";
  if (who === "anonymous") return 401;
  if (route.access === "authenticated" || route.access.includes(who)) return "2xx";
  return 403;
}

async function deniedCount(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from audit_log where action = 'access.denied'`.execute(server.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  webDir = await mkdtemp(path.join(tmpdir(), "kg-web-"));
  await writeFile(path.join(webDir, "index.html"), "<!doctype html><title>Ketaguard</title>");
  server = await startTestServer({ webDistDir: webDir, loginRateLimit: { max: 1000, windowMs: 60_000 } });
  for (const role of ["admin", "physician", "nurse", "patient"] as const) {
    sessions.set(role, await signIn(server.base, EMAIL[role]));
  }
  ownPatientId = sessions.get("patient")!.me.patientId!;
});
afterAll(async () => {
  await server.close();
  await rm(webDir, { recursive: true, force: true });
});

describe("role × route matrix (generated from the registered routes)", () => {
  it("has a fixture for every registered route and a route for every fixture", () => {
    const keys = server.routes.map((r) => `${r.method} ${r.url}`);
    expect(keys.filter((k) => !(k in FIXTURES))).toEqual([]);
    expect(Object.keys(FIXTURES).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it("admits exactly the declared roles on every route, and audits every refusal", async () => {
    const before = await deniedCount();
    const outcomes: string[] = [];
    const wanted: string[] = [];
    let refusals = 0;
    for (const route of server.routes) {
      for (const who of WHO) {
        const fixture = await FIXTURES[`${route.method} ${route.url}`]!(who);
        const session =
          fixture.session !== undefined ? fixture.session : who === "anonymous" ? null : sessions.get(who)!;
        const res: Reply = session
          ? await session.request(route.method, fixture.path, { body: fixture.body })
          : await send(server.base, route.method, fixture.path, { body: fixture.body });
        const want = expected(route, who);
        if (want !== "2xx") refusals += 1;
        const got = res.status >= 200 && res.status < 300 ? "2xx" : res.status;
        const code = want === 401 ? "auth.required" : want === 403 ? "auth.forbidden" : undefined;
        outcomes.push(
          `${route.method} ${route.url} as ${who}: ${got} ${got === "2xx" ? "" : res.body?.code}`,
        );
        wanted.push(`${route.method} ${route.url} as ${who}: ${want} ${code ?? ""}`);
      }
    }
    expect(outcomes).toEqual(wanted);
    expect((await deniedCount()) - before).toBe(refusals);
  });
});

describe("default deny", () => {
  it("refuses to register a route that does not declare who may call it", async () => {
    const { app } = await buildApp({ db: server.db, logLevel: "silent", webDistDir: webDir });
    expect(() => app.get("/api/undeclared", async () => ({ ok: true }))).toThrow(
      /does not declare config.access/,
    );
    await app.close();
  });
});
