import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, type Session, signIn, startTestServer, type TestServer } from "./testing";

let server: TestServer;
let nurse: Session;

const valid = {
  mrn: "VAL-1",
  givenName: "Vera",
  familyName: "Lidd",
  dateOfBirth: "1980-05-05",
  sex: "female",
  weight: { kg: 70, measuredOn: "2026-01-01" },
  allergies: [],
  conditions: [],
  medications: [],
};

async function patientCount(): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from patients`.execute(server.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  server = await startTestServer();
  nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
});
afterAll(() => server.close());

describe("bad input is a 4xx naming the field, never a 500 or a half-written record", () => {
  const cases: {
    name: string;
    send: () => Promise<Reply>;
    status: number;
    code: string;
    paths?: string[];
  }[] = [
    {
      name: "malformed JSON",
      send: () => nurse.request("POST", "/api/patients", { raw: '{"mrn": "X",' }),
      status: 400,
      code: "validation.failed",
      paths: [""],
    },
    {
      name: "an unknown field",
      send: () => nurse.request("POST", "/api/patients", { body: { ...valid, nickname: "V" } }),
      status: 400,
      code: "validation.failed",
      paths: ["/nickname"],
    },
    {
      name: "an unknown nested field",
      send: () =>
        nurse.request("POST", "/api/patients", {
          body: { ...valid, weight: { kg: 70, measuredOn: "2026-01-01", lbs: 154 } },
        }),
      status: 400,
      code: "validation.failed",
      paths: ["/weight/lbs"],
    },
    {
      name: "wrong types",
      send: () =>
        nurse.request("POST", "/api/patients", {
          body: { ...valid, weight: { kg: "seventy", measuredOn: "2026-01-01" }, sex: "f" },
        }),
      status: 400,
      code: "validation.failed",
      paths: ["/sex", "/weight/kg"],
    },
    {
      name: "a missing field and an impossible date",
      send: () => {
        const { mrn: _mrn, ...rest } = valid;
        return nurse.request("POST", "/api/patients", { body: { ...rest, dateOfBirth: "1980-02-30" } });
      },
      status: 400,
      code: "validation.failed",
      paths: ["/dateOfBirth", "/mrn"],
    },
    {
      name: "an over-long string and too many list entries",
      send: () =>
        nurse.request("POST", "/api/patients", {
          body: {
            ...valid,
            givenName: "x".repeat(101),
            allergies: Array.from({ length: 101 }, () => ({ substance: "dust" })),
          },
        }),
      status: 400,
      code: "validation.failed",
      paths: ["/allergies", "/givenName"],
    },
    {
      name: "a body over the size limit",
      send: () =>
        nurse.request("POST", "/api/patients", {
          raw: JSON.stringify({ ...valid, familyName: "x".repeat(300_000) }),
        }),
      status: 413,
      code: "payload.too_large",
    },
    {
      name: "a path id that is not a UUID",
      send: () => nurse.request("GET", "/api/patients/12345"),
      status: 400,
      code: "validation.failed",
      paths: ["/id"],
    },
    {
      name: "an out-of-range query parameter",
      send: () => nurse.request("GET", "/api/patients?pageSize=1000&page=0"),
      status: 400,
      code: "validation.failed",
      paths: ["/page", "/pageSize"],
    },
    {
      name: "an unknown query parameter",
      send: () => nurse.request("GET", "/api/patients?sort=name"),
      status: 400,
      code: "validation.failed",
      paths: ["/sort"],
    },
    {
      name: "an empty correction",
      send: async () => {
        const id = (await nurse.request("GET", "/api/patients?q=KG-1001")).body.items[0].id;
        return nurse.request("PATCH", `/api/patients/${id}`, { body: { changes: {} } });
      },
      status: 400,
      code: "validation.failed",
      paths: ["/changes"],
    },
    {
      name: "a body that is not JSON",
      send: () =>
        nurse.request("POST", "/api/patients", { raw: "mrn=X", headers: { "content-type": "text/plain" } }),
      status: 415,
      code: "media_type.unsupported",
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const before = await patientCount();
      const res = await c.send();
      expect([res.status, res.body.code]).toEqual([c.status, c.code]);
      expect(res.body).toMatchObject({
        status: c.status,
        requestId: expect.any(String),
        title: expect.any(String),
      });
      if (c.paths) expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(c.paths);
      expect(await patientCount()).toBe(before);
    });
  }

  it("answers problems as application/problem+json with the request id", async () => {
    const res = await nurse.request("GET", "/api/patients/12345");
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("accepts the valid record the cases above were derived from", async () => {
    expect((await nurse.request("POST", "/api/patients", { body: valid })).status).toBe(201);
  });
});
