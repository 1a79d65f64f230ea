import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../store/seed";
import { send, signIn, startTestServer, type TestServer } from "./testing";

const NURSE = "nurse1@demo.ketaguard.test";

/** A clock the tests move forward by hand. */
function manualClock() {
  let now = Date.now();
  return { now: () => new Date(now), advanceMinutes: (m: number) => (now += m * 60_000) };
}

describe("sign-in, sessions and CSRF", () => {
  const clock = manualClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock: clock.now, sessionIdleMinutes: 30 });
  });
  afterAll(() => server.close());

  it("sets an HttpOnly, SameSite=Strict session cookie and returns the caller and a CSRF token", async () => {
    const res = await send(server.base, "POST", "/api/auth/login", {
      body: { email: NURSE, password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^kg_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body.user).toEqual({
      id: expect.any(String),
      email: NURSE,
      name: "Sam Okafor",
      role: "nurse",
      clinicId: expect.any(String),
      clinicName: "Harbour Pain Clinic",
      patientId: null,
    });
    expect(res.body.csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it("answers wrong credentials and unknown emails alike", async () => {
    for (const body of [
      { email: NURSE, password: "not-the-password" },
      { email: "nobody@demo.ketaguard.test", password: DEMO_PASSWORD },
    ]) {
      const res = await send(server.base, "POST", "/api/auth/login", { body });
      expect([res.status, res.body.code, res.body.detail]).toEqual([
        401,
        "auth.invalid_credentials",
        "Email or password is incorrect.",
      ]);
    }
  });

  it("requires the session's CSRF token on state-changing requests", async () => {
    const a = await signIn(server.base, NURSE);
    const b = await signIn(server.base, "nurse2@demo.ketaguard.test");
    const body = { changes: { medications: [] }, reason: "csrf probe" };
    const path = `/api/patients/${(await a.request("GET", "/api/patients?q=KG-1001")).body.items[0].id}`;
    for (const csrf of [null, "wrong", b.csrfToken]) {
      const res = await a.request("PATCH", path, { body, csrf });
      expect([res.status, res.body.code]).toEqual([403, "csrf.invalid"]);
    }
    expect((await a.request("PATCH", path, { body })).status).toBe(200);
    // Reads need no token.
    expect((await a.request("GET", path, { csrf: null })).status).toBe(200);
  });

  it("ends a session after the idle timeout, but not while it is in use", async () => {
    const s = await signIn(server.base, NURSE);
    clock.advanceMinutes(20);
    expect((await s.request("GET", "/api/auth/me")).status).toBe(200);
    clock.advanceMinutes(20);
    expect((await s.request("GET", "/api/auth/me")).status).toBe(200);
    clock.advanceMinutes(31);
    const res = await s.request("GET", "/api/auth/me");
    expect([res.status, res.body.code]).toEqual([401, "auth.required"]);
    expect(res.body.detail).toMatch(/inactivity/);
    // The session is gone, not just refused once.
    clock.advanceMinutes(-31);
    expect((await s.request("GET", "/api/auth/me")).status).toBe(401);
    clock.advanceMinutes(31);
  });

  it("signs out: the cookie is cleared and the old session no longer works", async () => {
    const s = await signIn(server.base, NURSE);
    const res = await s.request("POST", "/api/auth/logout");
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/kg_session=;/);
    expect((await s.request("GET", "/api/auth/me")).status).toBe(401);
  });

  it("locks an account for 15 minutes after 5 failures, even against the right password", async () => {
    const email = "physician@demo.ketaguard.test";
    for (let i = 0; i < 5; i++) {
      const res = await send(server.base, "POST", "/api/auth/login", {
        body: { email, password: `wrong-${i}` },
      });
      expect(res.status).toBe(401);
    }
    const locked = await send(server.base, "POST", "/api/auth/login", {
      body: { email, password: DEMO_PASSWORD },
    });
    expect([locked.status, locked.body.code]).toEqual([429, "auth.locked"]);
    expect(locked.body.detail).toMatch(/Try again in 15 minutes/);
    expect(locked.headers.get("retry-after")).toBe("900");
    clock.advanceMinutes(15.1);
    expect((await signIn(server.base, email)).me.role).toBe("physician");
  });

  it("refuses deactivated accounts and ends their sessions", async () => {
    const admin = await signIn(server.base, "admin@demo.ketaguard.test");
    const nurse2 = await signIn(server.base, "nurse2@demo.ketaguard.test");
    const res = await admin.request("POST", `/api/users/${nurse2.me.id}/deactivate`);
    expect([res.status, res.body.active]).toEqual([200, false]);
    expect((await nurse2.request("GET", "/api/auth/me")).status).toBe(401);
    const again = await send(server.base, "POST", "/api/auth/login", {
      body: { email: "nurse2@demo.ketaguard.test", password: DEMO_PASSWORD },
    });
    expect([again.status, again.body.code]).toEqual([401, "auth.invalid_credentials"]);
    expect((await admin.request("POST", `/api/users/${admin.me.id}/deactivate`)).status).toBe(409);
  });

  it("records sign-ins, failures and sign-outs in the audit trail", async () => {
    const admin = await signIn(server.base, "admin@demo.ketaguard.test");
    const failures = await admin.request("GET", "/api/audit?action=auth.login&outcome=failure&pageSize=100");
    expect(failures.body.total).toBeGreaterThanOrEqual(6);
    const logouts = await admin.request("GET", "/api/audit?action=auth.logout");
    expect(logouts.body.items[0]).toMatchObject({
      actorEmail: NURSE,
      actorRole: "nurse",
      outcome: "success",
    });
  });
});

describe("password rules", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const email = "river.song@demo.ketaguard.test";
  const rejected: [string, RegExp][] = [
    ["Short-pass1", /at least 12 characters/],
    ["my-river.song-pass", /email's name part/],
    ["Password1234", /too common/],
  ];

  it("rejects short passwords, ones containing the email's name and common ones, naming the field", async () => {
    const admin = await signIn(server.base, "admin@demo.ketaguard.test");
    for (const [password, message] of rejected) {
      const res = await admin.request("POST", "/api/users", {
        body: { email, name: "River Song", role: "nurse", password },
      });
      expect([res.status, res.body.code, res.body.errors[0].path]).toEqual([
        400,
        "validation.failed",
        "/password",
      ]);
      expect(res.body.errors[0].message).toMatch(message);
    }
    const created = await admin.request("POST", "/api/users", {
      body: { email, name: "River Song", role: "nurse", password: "Tardis-blue-1963" },
    });
    expect(created.status).toBe(201);
    expect((await signIn(server.base, email, "Tardis-blue-1963")).me.name).toBe("River Song");

    const weak = await admin.request("POST", `/api/users/${created.body.id}/reset-password`, {
      body: { password: "short" },
    });
    expect([weak.status, weak.body.errors[0].path]).toEqual([400, "/password"]);
    const reset = await admin.request("POST", `/api/users/${created.body.id}/reset-password`, {
      body: { password: "Gallifrey-rising-2026" },
    });
    expect(reset.status).toBe(204);
    expect((await signIn(server.base, email, "Gallifrey-rising-2026")).me.email).toBe(email);
  });

  it("links a patient account to exactly one patient of the clinic", async () => {
    const admin = await signIn(server.base, "admin@demo.ketaguard.test");
    const body = {
      email: "p2@demo.ketaguard.test",
      name: "P Two",
      role: "patient",
      password: "Long-enough-pass-1",
    };
    const missing = await admin.request("POST", "/api/users", { body });
    expect([missing.status, missing.body.errors[0].path]).toEqual([400, "/patientId"]);
    const kg1002 = (await admin.request("GET", "/api/patients?q=KG-1002")).body.items[0].id;
    const ok = await admin.request("POST", "/api/users", { body: { ...body, patientId: kg1002 } });
    expect([ok.status, ok.body.patientId]).toEqual([201, kg1002]);
    const second = await admin.request("POST", "/api/users", {
      body: { ...body, email: "p3@demo.ketaguard.test", patientId: kg1002 },
    });
    expect([second.status, second.body.code]).toEqual([409, "conflict"]);
  });
});

describe("sign-in rate limit per address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimit: { max: 3, windowMs: 60_000 } });
  });
  afterAll(() => server.close());

  it("answers 429 rate_limited with Retry-After once an address exceeds its attempts", async () => {
    const body = { email: NURSE, password: DEMO_PASSWORD };
    for (let i = 0; i < 3; i++)
      expect((await send(server.base, "POST", "/api/auth/login", { body })).status).toBe(200);
    const res = await send(server.base, "POST", "/api/auth/login", { body });
    expect([res.status, res.body.code]).toEqual([429, "rate_limited"]);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
