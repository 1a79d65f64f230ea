import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app";
import { chart, demoSessionsToday, passGate, readEvents } from "../chair/testing";
import { type Session, send, signIn, startTestServer, type TestServer } from "../testing";

let server: TestServer;
let admin: Session;
let nurse: Session;
let token: string;
let sessionIds: string[];

const post = (readings: unknown[], bearer = token) =>
  send(server.base, "POST", "/api/monitor/readings", {
    body: { readings },
    headers: { authorization: `Bearer ${bearer}` },
  });
const reading = (deviceId: string, clientId: string, values: Record<string, number>, at = new Date()) => ({
  deviceId,
  clientId,
  at: at.toISOString(),
  ...values,
});

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.base, "admin@demo.ketaguard.test");
  nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
  sessionIds = await demoSessionsToday(server, nurse);
  const created = await admin.request("POST", "/api/gateways", { body: { name: "Bay monitors" } });
  expect(created.status).toBe(201);
  token = created.body.token;
});
afterAll(() => server?.close());

describe("monitor gateways", () => {
  it("are listed for admins without their tokens, and a revoked token stops working", async () => {
    const other = await admin.request("POST", "/api/gateways", { body: { name: "Spare" } });
    const list = await admin.request("GET", "/api/gateways");
    expect(list.body.items.map((g: { name: string }) => g.name)).toEqual(["Bay monitors", "Spare"]);
    expect(JSON.stringify(list.body)).not.toContain(other.body.token);
    expect((await admin.request("POST", `/api/gateways/${other.body.gateway.id}/revoke`)).status).toBe(204);
    const refused = await post([reading("bay-9", "r1", { hr: 70 })], other.body.token);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe("auth.gateway_required");
    expect((await nurse.request("POST", "/api/gateways", { body: { name: "x" } })).status).toBe(403);
  });

  it("refuses readings without a token or with a session cookie instead", async () => {
    expect(
      (await send(server.base, "POST", "/api/monitor/readings", { body: { readings: [] } })).status,
    ).toBe(401);
    const withCookie = await nurse.request("POST", "/api/monitor/readings", {
      body: { readings: [reading("bay-1", "x", { hr: 1 })] },
    });
    expect(withCookie.status).toBe(401);
  });
});

describe("batch ingestion", () => {
  it("stores readings of a bound monitor once, rejects unbound ones, and raises alerts from them", async () => {
    const id = sessionIds[0]!;
    await passGate(nurse, id);
    expect((await chart(nurse, id, { kind: "monitor", deviceId: "bay-1" })).status).toBe(201);
    await chart(nurse, id, { kind: "infusion-start", rateMgPerHour: 20 });

    const t0 = Date.now();
    const first = await post([
      reading("bay-1", "m1", { hr: 80, sbp: 130, dbp: 80, spo2: 97, rr: 14 }, new Date(t0)),
      reading("bay-unbound", "m1", { hr: 80 }, new Date(t0)),
      reading("bay-1", "m2", { spo2: 86 }, new Date(t0 + 1000)),
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      accepted: 2,
      duplicates: 0,
      rejected: [{ index: 1, reason: expect.stringMatching(/not bound/) }],
    });
    const again = await post([reading("bay-1", "m2", { spo2: 86 }, new Date(t0 + 1000))]);
    expect(again.body).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from chart_entries where session_id = ${id} and source = 'bay-1'`.execute(
      server.db,
    );
    expect(rows[0]!.n).toBe(2);

    // A second low SpO2 reading confirms the first: the alert is no longer a possible artefact.
    await post([reading("bay-1", "m3", { spo2: 85 }, new Date(t0 + 2000))]);
    const view = (await nurse.request("GET", `/api/sessions/${id}/chart`)).body.card.view;
    const low = view.alerts.find((a: { trigger: Record<string, unknown> }) => "spo2" in a.trigger);
    expect(low).toBeDefined();
    expect(low.suppressedAsArtefact ?? false).toBe(false);
    expect(view.feed.deviceId).toBe("bay-1");
    expect(view.latestVitals.spo2.value).toBe(85);
  });

  it("names the field of a malformed reading", async () => {
    const res = await post([{ deviceId: "bay-1", clientId: "bad", at: "yesterday", hr: 70 }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("/readings/0/at");
  });
});

describe("several instances on one database", () => {
  it("delivers an entry written through one instance to a board streaming from another", async () => {
    const { app } = await buildApp({ db: server.db, databaseUrl: server.databaseUrl, logLevel: "silent" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address() as { port: number };
    try {
      const other = `http://127.0.0.1:${address.port}`;
      const id = sessionIds[1]!;
      const events = await readEvents(
        other,
        nurse.cookie,
        (e) => e.event === "card" && (e.data as { session: { id: string } }).session.id === id,
        {
          onOpen: async () => {
            // The listener connects asynchronously: give it a moment before writing through the first instance.
            await new Promise((r) => setTimeout(r, 300));
            await chart(nurse, id, { kind: "escort", present: true, name: "Alex" });
          },
        },
      );
      const card = events.find((e) => e.event === "card")!.data as {
        view: { discharge: { escortPresent: boolean } };
      };
      expect(card.view.discharge.escortPresent).toBe(true);
    } finally {
      await app.close();
    }
  });
});
