import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoClinicalHistory } from "./demo";
import { createDemoClock, type DemoInfusions, type SendToApp, seedDemoInfusions } from "./demo-infusions";
import { type Session, signIn, startTestServer, type TestServer } from "./testing";

/** The app's request handling over HTTP, as `app.inject` offers it in `npm start`. */
const overHttp =
  (base: string): SendToApp =>
  async ({ method, url, headers, payload }) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { ...headers, ...(payload === undefined ? {} : { "content-type": "application/json" }) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return {
      statusCode: res.status,
      headers: { "set-cookie": res.headers.getSetCookie() },
      body: await res.text(),
    };
  };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("the demo clinic's past infusions and follow-up", () => {
  const clock = createDemoClock();
  let server: TestServer;
  let first: DemoInfusions;
  let nurse: Session;
  let physician: Session;
  let patient: Session;
  let seconds: number;

  beforeAll(async () => {
    server = await startTestServer({ clock: clock.now });
    await seedDemoClinicalHistory(server.db, clock.now());
    const started = performance.now();
    first = await seedDemoInfusions(server.db, overHttp(server.base), clock);
    seconds = (performance.now() - started) / 1000;
    nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
    physician = await signIn(server.base, "physician@demo.ketaguard.test");
    patient = await signIn(server.base, "patient@demo.ketaguard.test");
  }, 120_000);
  afterAll(() => server.close());

  it("charts a modest past through the routes, quickly", () => {
    expect(first.infusions).toBeGreaterThan(10);
    expect(first.infusions).toBeLessThan(200);
    expect(first.calls).toBe(1);
    expect(seconds).toBeLessThan(20);
  });

  it("shows the infusions in the last 90 days of analytics", async () => {
    const now = Date.now();
    const res = await physician.request(
      "GET",
      `/api/analytics?from=${isoDay(now - 90 * 86_400_000)}&to=${isoDay(now)}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.infusions).toBe(first.infusions);
  });

  it("gives the patient a falling pain series and her latest infusion's 3-day check-in due now", async () => {
    const { body } = await patient.request("GET", "/api/me/portal");
    const checkIns = body.pain.filter((p: { source: string }) => p.source === "check-in");
    expect(checkIns.length).toBeGreaterThan(10);
    expect(checkIns.at(-1).value).toBeLessThan(checkIns[0].value);
    expect(body.response).not.toBeNull();
    expect(body.checkins.due.map((c: { slot: string }) => c.slot)).toEqual(["fu.checkin.72h"]);
    expect(body.checkins.overdue).toEqual([]);
  });

  it("leaves one open call-back for today's nurses, the earlier one answered by a call", async () => {
    const { body } = await nurse.request("GET", "/api/worklist");
    expect(body.items).toHaveLength(1);
    expect(body.items[0].patient.mrn).toBe("KG-1001");
    expect(body.items[0].calls).toEqual([]);
    expect(body.items[0].report.answers.symptoms[0].itemId).toBe("fu.pro.headache");
  });

  it("records nothing more on a second run", async () => {
    expect(await seedDemoInfusions(server.db, overHttp(server.base), clock)).toEqual({
      infusions: 0,
      reports: 0,
      calls: 0,
    });
  });
});
