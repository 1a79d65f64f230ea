import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../store/schema";
import { DEMO_PASSWORD } from "../store/seed";
import type { RouteAccess } from "./access";
import { buildApp } from "./app";
import { redFlags } from "./followup/testing";
import { evaluationContent, schwartzmanPlan } from "./planning/testing";
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
type Fixture = (
  who: Who,
) => Promise<{ path: string; body?: unknown; session?: Session | null; stream?: boolean }>;

/** An open worklist item: the patient login reports a red flag. */
async function newWorklistItem(): Promise<string> {
  const res = await sessions.get("patient")!.request("POST", "/api/me/reports", {
    body: {
      clientId: `flag-${++counter}`,
      answers: { symptoms: [], redFlags: redFlags(["fu.red-flag.seizure"]) },
    },
  });
  const list = await sessions.get("nurse")!.request("GET", "/api/worklist");
  return list.body.items.find((i: { report: { id: string } | null }) => i.report?.id === res.body.report.id)
    .id;
}

async function newGateway(): Promise<string> {
  const res = await sessions
    .get("admin")!
    .request("POST", "/api/gateways", { body: { name: `G${++counter}` } });
  return res.body.gateway.id;
}

/** Opens a live stream and reads only its status (the stream itself never ends). */
async function streamStatus(path: string, session: Session | null): Promise<Reply> {
  const controller = new AbortController();
  const res = await fetch(`${server.base}${path}`, {
    headers: session ? { cookie: session.cookie } : {},
    signal: controller.signal,
  });
  const body = res.ok ? null : await res.json();
  controller.abort();
  return { status: res.status, headers: res.headers, body };
}

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

/** A fresh evaluation of the patient login's patient, measured a minute ago, by the physician. */
async function newEvaluation(): Promise<string> {
  const content = evaluationContent(new Date(Date.now() - 60_000).toISOString());
  const res = await sessions.get("physician")!.request("POST", `/api/patients/${ownPatientId}/evaluations`, {
    body: { content },
  });
  return res.body.id;
}

let signedEvaluation: Promise<unknown> | null = null;
/** A draft plan of one session; the first call signs an evaluation so plans can be saved. */
async function newPlan(): Promise<string> {
  signedEvaluation ??= newEvaluation().then((id) =>
    sessions.get("physician")!.request("POST", `/api/patients/${ownPatientId}/evaluations/${id}/sign`, {
      body: { decision: "eligible" },
    }),
  );
  await signedEvaluation;
  const res = await sessions.get("physician")!.request("POST", `/api/patients/${ownPatientId}/plans`, {
    body: { plan: schwartzmanPlan({ schedule: { sessions: 1, pattern: "daily" } }) },
  });
  return res.body.id;
}

/** A free slot: a new day for every call, a month and more ahead (courses start within a year). */
function freeSlot(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 30 + ++counter);
  day.setUTCHours(9, 0, 0, 0);
  return day.toISOString();
}

async function chairId(): Promise<string> {
  return (await sessions.get("nurse")!.request("GET", "/api/chairs")).body.items[0].id;
}

/** An approval request for a new plan: firstSessionAt on a free day. */
async function approval() {
  return { planId: await newPlan(), body: { firstSessionAt: freeSlot(), chairId: await chairId() } };
}

async function newScheduledSession(): Promise<string> {
  const { planId, body } = await approval();
  const res = await sessions
    .get("physician")!
    .request("POST", `/api/patients/${ownPatientId}/plans/${planId}/approve`, { body });
  return res.body.sessions[0].id;
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
  "GET /api/knowledge/conditions": async () => ({ path: "/api/knowledge/conditions" }),
  "GET /api/knowledge/medications": async () => ({ path: "/api/knowledge/medications?q=ket" }),
  "GET /api/knowledge/protocols": async () => ({ path: "/api/knowledge/protocols" }),
  "GET /api/knowledge/sources/:id": async () => ({ path: "/api/knowledge/sources/S6" }),
  "POST /api/screening/preview": async () => ({
    path: "/api/screening/preview",
    body: {
      patientId: ownPatientId,
      content: evaluationContent(new Date(Date.now() - 60_000).toISOString()),
    },
  }),
  "GET /api/patients/:id/evaluations": async () => ({ path: `/api/patients/${ownPatientId}/evaluations` }),
  "POST /api/patients/:id/evaluations": async () => ({
    path: `/api/patients/${ownPatientId}/evaluations`,
    body: { content: evaluationContent(new Date(Date.now() - 60_000).toISOString()) },
  }),
  "GET /api/patients/:id/evaluations/:evaluationId": async () => ({
    path: `/api/patients/${ownPatientId}/evaluations/${await newEvaluation()}`,
  }),
  "POST /api/patients/:id/evaluations/:evaluationId/sign": async () => ({
    path: `/api/patients/${ownPatientId}/evaluations/${await newEvaluation()}/sign`,
    body: { decision: "eligible" },
  }),
  "POST /api/plans/preview": async () => ({
    path: "/api/plans/preview",
    body: { patientId: ownPatientId, plan: schwartzmanPlan() },
  }),
  "GET /api/patients/:id/plans": async () => ({ path: `/api/patients/${ownPatientId}/plans` }),
  "POST /api/patients/:id/plans": async () => {
    await newPlan();
    return { path: `/api/patients/${ownPatientId}/plans`, body: { plan: schwartzmanPlan() } };
  },
  "POST /api/patients/:id/plans/:planId/approve": async () => {
    const { planId, body } = await approval();
    return { path: `/api/patients/${ownPatientId}/plans/${planId}/approve`, body };
  },
  "GET /api/me/plan": async () => ({ path: "/api/me/plan" }),
  "GET /api/chairs": async () => ({ path: "/api/chairs" }),
  "GET /api/schedule": async () => ({ path: "/api/schedule?date=2031-01-02" }),
  "GET /api/board": async () => ({ path: `/api/board?date=${new Date().toISOString().slice(0, 10)}` }),
  "GET /api/board/events": async () => ({ path: "/api/board/events", stream: true }),
  "GET /api/sessions/:id/chart": async () => ({ path: `/api/sessions/${await newScheduledSession()}/chart` }),
  "POST /api/sessions/:id/entries": async () => ({
    path: `/api/sessions/${await newScheduledSession()}/entries`,
    body: {
      clientId: `matrix-${++counter}`,
      at: new Date().toISOString(),
      body: { kind: "escort", present: true },
    },
  }),
  "GET /api/sessions/:id/discharge-sheet": async () => ({
    path: `/api/sessions/${await newScheduledSession()}/discharge-sheet`,
  }),
  // Gateways authenticate with a bearer token, never a sign-in: every signed-in role is refused.
  "POST /api/monitor/readings": async () => ({
    path: "/api/monitor/readings",
    body: {
      readings: [{ deviceId: "bay-1", clientId: `m-${++counter}`, at: new Date().toISOString(), hr: 70 }],
    },
  }),
  "GET /api/gateways": async () => ({ path: "/api/gateways" }),
  "POST /api/gateways": async () => ({ path: "/api/gateways", body: { name: `Gateway ${++counter}` } }),
  "POST /api/gateways/:id/revoke": async (who) => ({
    path: `/api/gateways/${who === "admin" ? await newGateway() : "00000000-0000-4000-8000-000000000000"}/revoke`,
  }),
  "GET /api/me/portal": async () => ({ path: "/api/me/portal" }),
  "GET /api/me/reports": async () => ({ path: "/api/me/reports" }),
  "GET /api/me/education": async () => ({ path: "/api/me/education" }),
  "GET /api/patients/:id/outcomes": async () => ({ path: `/api/patients/${ownPatientId}/outcomes` }),
  "POST /api/patients/:id/boosters": async () => {
    const { planId, body } = await approval();
    await sessions
      .get("physician")!
      .request("POST", `/api/patients/${ownPatientId}/plans/${planId}/approve`, { body });
    return {
      path: `/api/patients/${ownPatientId}/boosters`,
      body: { patternId: "fu.booster.doubling", count: 1, firstAt: freeSlot(), chairId: await chairId() },
    };
  },
  "POST /api/me/reports": async () => ({
    path: "/api/me/reports",
    body: { clientId: `r-${++counter}`, answers: { symptoms: [], redFlags: redFlags([]) } },
  }),
  "GET /api/worklist": async () => ({ path: "/api/worklist" }),
  "GET /api/settings": async () => ({ path: "/api/settings" }),
  "GET /api/analytics": async () => ({ path: "/api/analytics?from=2026-01-01&to=2026-12-31" }),
  "GET /api/analytics/export.csv": async () => ({
    path: "/api/analytics/export.csv?from=2026-01-01&to=2026-12-31",
  }),
  "PUT /api/settings/:key": async () => ({
    path: "/api/settings/followup.response-time-text",
    body: { value: null, reason: "Back to the default wording" },
  }),
  "POST /api/worklist/:id/calls": async () => ({
    path: `/api/worklist/${await newWorklistItem()}/calls`,
    body: { advice: "Called back", outcome: "resolved" },
  }),
  "POST /api/sessions/:id/move": async () => ({
    path: `/api/sessions/${await newScheduledSession()}/move`,
    body: { startsAt: freeSlot(), chairId: await chairId() },
  }),
};

function expected(route: RouteAccess, who: Who): "2xx" | 401 | 403 {
  if (route.access === "public") return "2xx";
  if (who === "anonymous" || route.access === "gateway") return 401;
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
        const res: Reply = fixture.stream
          ? await streamStatus(fixture.path, session)
          : session
            ? await session.request(route.method, fixture.path, { body: fixture.body })
            : await send(server.base, route.method, fixture.path, { body: fixture.body });
        const want = expected(route, who);
        if (want !== "2xx") refusals += 1;
        const got = res.status >= 200 && res.status < 300 ? "2xx" : res.status;
        const code =
          want === 401
            ? route.access === "gateway"
              ? "auth.gateway_required"
              : "auth.required"
            : want === 403
              ? "auth.forbidden"
              : undefined;
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
