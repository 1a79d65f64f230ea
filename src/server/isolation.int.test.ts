import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../store/schema";
import { evaluationContent, schwartzmanPlan } from "./planning/testing";
import { type Session, signIn, startTestServer, type TestServer } from "./testing";

let server: TestServer;
const ids = new Map<string, string>();

async function patientIdByMrn(mrn: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`select id from patients where mrn = ${mrn}`.execute(server.db);
  return rows[0]!.id;
}

/** Valid bodies for the patient routes that take one, so a probe gets past validation to the reach check. */
const BODIES: Record<string, unknown> = {
  "PATCH /api/patients/:id": { changes: { familyName: "Overwritten" }, reason: "probe" },
  "POST /api/patients/:id/evaluations": { content: evaluationContent("2026-01-12T09:00:00.000Z") },
  "POST /api/patients/:id/evaluations/:evaluationId/sign": { decision: "eligible" },
  "POST /api/patients/:id/plans": { plan: schwartzmanPlan() },
  "POST /api/patients/:id/plans/:planId/approve": {
    firstSessionAt: "2031-01-06T09:00:00.000Z",
    chairId: randomUUID(),
  },
  "POST /api/patients/:id/boosters": {
    patternId: "fu.booster.doubling",
    count: 2,
    firstAt: "2031-01-06T09:00:00.000Z",
    chairId: randomUUID(),
  },
};

/** Every registered route that addresses one patient by id, with a request that would succeed in reach. */
function patientRoutes() {
  return server.routes
    .filter((r) => r.url.startsWith("/api/patients/:id"))
    .map((r) => ({
      ...r,
      // A record of the patient's own is addressed by an id that exists nowhere: the patient is checked first.
      url: r.url.replace(":evaluationId", randomUUID()).replace(":planId", randomUUID()),
      route: r.url,
      body: BODIES[`${r.method} ${r.url}`],
      may: (role: Role) => r.access === "authenticated" || (r.access !== "public" && r.access.includes(role)),
    }));
}

async function versionCount(): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from patient_versions`.execute(
    server.db,
  );
  return rows[0]!.n;
}

beforeAll(async () => {
  server = await startTestServer();
  for (const mrn of ["KG-1001", "KG-1002", "KG-1006", "NS-2001"]) ids.set(mrn, await patientIdByMrn(mrn));
});
afterAll(() => server.close());

describe("clinic isolation", () => {
  it("covers every patient route", () => {
    expect(patientRoutes().map((r) => `${r.method} ${r.route}`)).toEqual([
      "GET /api/patients/:id",
      "PATCH /api/patients/:id",
      "GET /api/patients/:id/history",
      "GET /api/patients/:id/evaluations",
      "POST /api/patients/:id/evaluations",
      "GET /api/patients/:id/evaluations/:evaluationId",
      "POST /api/patients/:id/evaluations/:evaluationId/sign",
      "GET /api/patients/:id/plans",
      "POST /api/patients/:id/plans",
      "POST /api/patients/:id/plans/:planId/approve",
      "GET /api/patients/:id/outcomes",
      "POST /api/patients/:id/boosters",
    ]);
  });

  const cases: [string, string, string[]][] = [
    ["physician@northside.ketaguard.test", "Harbour", ["KG-1001", "KG-1002", "KG-1006"]],
    ["nurse1@demo.ketaguard.test", "Northside", ["NS-2001"]],
    ["physician@demo.ketaguard.test", "Northside", ["NS-2001"]],
  ];
  for (const [email, other, mrns] of cases) {
    it(`${email} gets 404 for every ${other} patient on every patient route, and nothing changes`, async () => {
      const s = await signIn(server.base, email);
      const before = await versionCount();
      for (const route of patientRoutes().filter((r) => r.may(s.me.role))) {
        for (const mrn of mrns) {
          const res = await s.request(route.method, route.url.replace(":id", ids.get(mrn)!), {
            body: route.body,
          });
          expect([route.method, route.url, mrn, res.status, res.body.code]).toEqual([
            route.method,
            route.url,
            mrn,
            404,
            "not_found",
          ]);
        }
      }
      expect(await versionCount()).toBe(before);
    });
  }

  it("lists and finds only the caller's clinic's patients", async () => {
    const ns = await signIn(server.base, "admin@northside.ketaguard.test");
    const all = await ns.request("GET", "/api/patients?pageSize=100");
    expect(all.body.items.map((p: { mrn: string }) => p.mrn)).toEqual(["NS-2001"]);
    expect((await ns.request("GET", "/api/patients?q=KG-1001")).body.total).toBe(0);
  });

  it("keeps account administration and the audit trail within the clinic", async () => {
    const harbour = await signIn(server.base, "admin@demo.ketaguard.test");
    const ns = await signIn(server.base, "admin@northside.ketaguard.test");
    const nsUsers = (await ns.request("GET", "/api/users")).body.items as { id: string; email: string }[];
    expect(nsUsers.every((u) => u.email.endsWith("@northside.ketaguard.test"))).toBe(true);
    const target = nsUsers.find((u) => u.email.startsWith("physician"))!;
    expect((await harbour.request("POST", `/api/users/${target.id}/deactivate`)).status).toBe(404);
    expect(
      (
        await harbour.request("POST", `/api/users/${target.id}/reset-password`, {
          body: { password: "Another-long-pass-9" },
        })
      ).status,
    ).toBe(404);
    const audit = await harbour.request("GET", "/api/audit?pageSize=100");
    expect(audit.body.items.every((e: { clinicId: string }) => e.clinicId === harbour.me.clinicId)).toBe(
      true,
    );
  });
});

describe("patient accounts", () => {
  let patient: Session;
  beforeAll(async () => {
    patient = await signIn(server.base, "patient@demo.ketaguard.test");
  });

  it("reach their own record and history", async () => {
    const own = ids.get("KG-1001")!;
    expect(patient.me.patientId).toBe(own);
    expect((await patient.request("GET", `/api/patients/${own}`)).body.mrn).toBe("KG-1001");
    expect((await patient.request("GET", `/api/patients/${own}/history`)).status).toBe(200);
  });

  it("get 404 for any other patient's id on every patient route they may use, 403 on the others", async () => {
    const before = await versionCount();
    for (const route of patientRoutes()) {
      for (const id of [ids.get("KG-1002")!, ids.get("NS-2001")!, randomUUID()]) {
        const res = await patient.request(route.method, route.url.replace(":id", id), { body: route.body });
        const want = route.may("patient") ? [404, "not_found"] : [403, "auth.forbidden"];
        expect([route.method, route.url, res.status, res.body.code]).toEqual([
          route.method,
          route.url,
          ...want,
        ]);
      }
    }
    expect(await versionCount()).toBe(before);
  });

  it("cannot list or search patients", async () => {
    expect((await patient.request("GET", "/api/patients")).status).toBe(403);
  });
});
