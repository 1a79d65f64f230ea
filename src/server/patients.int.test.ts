import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../store/audit";
import { type Session, signIn, startTestServer, type TestServer } from "./testing";

let server: TestServer;
let nurse: Session;
let physician: Session;
let admin: Session;

const input = {
  mrn: "KG-2001",
  givenName: "Iris",
  familyName: "Nakamura-Holt",
  dateOfBirth: "1965-10-09",
  sex: "female",
  weight: { kg: 58.5, measuredOn: "2026-02-01" },
  height: null,
  allergies: [{ substance: "Morphine", reaction: "Itching" }],
  conditions: [{ code: "G89.4", label: "Chronic pain syndrome", since: "2010", controlled: false }],
  medications: [{ name: "Pregabalin", dose: "75 mg", frequency: "twice daily" }],
};

beforeAll(async () => {
  server = await startTestServer();
  nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
  physician = await signIn(server.base, "physician@demo.ketaguard.test");
  admin = await signIn(server.base, "admin@demo.ketaguard.test");
});
afterAll(() => server.close());

describe("patients", () => {
  let id: string;

  it("registers a patient as version 1 and reads it back exactly", async () => {
    const created = await nurse.request("POST", "/api/patients", { body: input });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      ...input,
      id: expect.any(String),
      version: 1,
      updatedAt: expect.any(String),
    });
    id = created.body.id;
    expect((await physician.request("GET", `/api/patients/${id}`)).body).toEqual(created.body);
  });

  it("refuses a second patient with the same MRN (any case) in the clinic", async () => {
    const dup = await nurse.request("POST", "/api/patients", { body: { ...input, mrn: "kg-2001" } });
    expect([dup.status, dup.body.code]).toEqual([409, "conflict"]);
  });

  it("records a correction as a new version and keeps the earlier one in the history", async () => {
    const edited = await physician.request("PATCH", `/api/patients/${id}`, {
      body: {
        changes: {
          weight: { kg: 61, measuredOn: "2026-03-01" },
          height: { cm: 162, measuredOn: "2026-03-01" },
        },
        reason: "Re-weighed",
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      version: 2,
      weight: { kg: 61 },
      height: { cm: 162 },
      allergies: input.allergies,
    });

    const unchanged = await physician.request("PATCH", `/api/patients/${id}`, {
      body: { changes: { weight: edited.body.weight } },
    });
    expect(unchanged.body.version).toBe(2);

    const history = await admin.request("GET", `/api/patients/${id}/history`);
    expect(history.status).toBe(200);
    const [v2, v1] = history.body.versions;
    expect(history.body.versions).toHaveLength(2);
    expect(v2).toMatchObject({
      version: 2,
      reason: "Re-weighed",
      recordedBy: { id: physician.me.id, name: "Dr Priya Natarajan" },
      changes: [
        { field: "weight", from: input.weight, to: { kg: 61, measuredOn: "2026-03-01" } },
        { field: "height", from: null, to: { cm: 162, measuredOn: "2026-03-01" } },
      ],
    });
    expect(v1).toMatchObject({
      version: 1,
      reason: null,
      recordedBy: { id: nurse.me.id, name: "Sam Okafor" },
    });
    expect(v1.changes.find((c: { field: string }) => c.field === "mrn")).toEqual({
      field: "mrn",
      from: null,
      to: "KG-2001",
    });
  });

  it("keeps both of two simultaneous corrections to different fields", async () => {
    const [a, b] = await Promise.all([
      nurse.request("PATCH", `/api/patients/${id}`, {
        body: { changes: { allergies: [] }, reason: "Allergy refuted" },
      }),
      physician.request("PATCH", `/api/patients/${id}`, {
        body: { changes: { medications: [] }, reason: "Stopped" },
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.version, b.body.version].sort()).toEqual([3, 4]);
    const current = (await nurse.request("GET", `/api/patients/${id}`)).body;
    expect(current).toMatchObject({ version: 4, allergies: [], medications: [] });
  });

  it("queues many simultaneous corrections so none is lost or refused", async () => {
    const start = (await nurse.request("GET", `/api/patients/${id}`)).body.version as number;
    const changes = [
      { givenName: "Ines" },
      { familyName: "Duarte-Silva" },
      { allergies: [{ substance: "latex" }] },
      { medications: [{ name: "pregabalin" }] },
      { weight: { kg: 60.2, measuredOn: "2026-04-01" } },
      { height: { cm: 163, measuredOn: "2026-04-01" } },
    ];
    const answers = await Promise.all(
      changes.map((c, i) =>
        (i % 2 ? physician : nurse).request("PATCH", `/api/patients/${id}`, {
          body: { changes: c, reason: `Correction ${i + 1}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(changes.map(() => 200));
    const current = (await nurse.request("GET", `/api/patients/${id}`)).body;
    expect(current.version).toBe(start + changes.length);
    expect(current).toMatchObject(Object.assign({}, ...changes));
  });

  it("answers 404 for an id that is no patient", async () => {
    const res = await nurse.request("GET", "/api/patients/00000000-0000-4000-8000-000000000000");
    expect([res.status, res.body.code]).toEqual([404, "not_found"]);
  });
});

describe("patient search", () => {
  const mrns = async (query: string) =>
    ((await nurse.request("GET", `/api/patients?${query}`)).body.items as { mrn: string }[]).map(
      (p) => p.mrn,
    );

  it("matches any part of a name case-insensitively, the start of an MRN, or an exact date of birth", async () => {
    expect(await mrns("q=THORN")).toEqual(["KG-1001"]);
    expect(await mrns("q=maya%20thorn")).toEqual(["KG-1001"]);
    expect(await mrns("q=kg-100")).toHaveLength(6);
    expect(await mrns("q=1979-12-23")).toEqual(["KG-1003"]);
    expect(await mrns("q=%25")).toEqual([]);
  });

  it("pages through every patient in name order without gaps or repeats", async () => {
    const all = await nurse.request("GET", "/api/patients?pageSize=100");
    const total = all.body.total;
    expect(total).toBe(all.body.items.length);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 3); page++) {
      const res = await nurse.request("GET", `/api/patients?page=${page}&pageSize=3`);
      expect(res.body).toMatchObject({ total, page, pageSize: 3 });
      seen.push(...res.body.items.map((p: { id: string }) => p.id));
    }
    expect(seen).toEqual(all.body.items.map((p: { id: string }) => p.id));
    const families = all.body.items.map((p: { familyName: string }) => p.familyName.toLowerCase());
    expect(families).toEqual([...families].sort());
  });
});

describe("audit of patient data access", () => {
  it("records every read with actor, request id and outcome, visible to the clinic's admin", async () => {
    const target = (await nurse.request("GET", "/api/patients?q=KG-1004")).body.items[0].id;
    const read = await nurse.request("GET", `/api/patients/${target}`);
    const entries = await admin.request("GET", `/api/audit?action=patient.read&resourceId=${target}`);
    expect(entries.body.items[0]).toMatchObject({
      actorId: nurse.me.id,
      actorRole: "nurse",
      actorEmail: "nurse1@demo.ketaguard.test",
      action: "patient.read",
      resourceType: "patient",
      resourceId: target,
      clinicId: nurse.me.clinicId,
      requestId: read.headers.get("x-request-id"),
      outcome: "success",
    });
    const searches = await admin.request("GET", `/api/audit?action=patient.search&actorId=${nurse.me.id}`);
    expect(searches.body.total).toBeGreaterThan(0);
    expect((await verifyAuditChain(server.db)).ok).toBe(true);
  });

  it("filters by time and pages newest first", async () => {
    const page1 = await admin.request("GET", "/api/audit?pageSize=5");
    const page2 = await admin.request("GET", "/api/audit?pageSize=5&page=2");
    const seqs = [...page1.body.items, ...page2.body.items].map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const future = await admin.request(
      "GET",
      `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
    );
    expect(future.body.total).toBe(0);
  });
});
