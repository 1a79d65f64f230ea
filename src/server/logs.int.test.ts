import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Session, signIn, startTestServer, type TestServer } from "./testing";

/** A patient whose every identifier is unusual enough to be found in a log line if it ever leaked. */
const patient = {
  mrn: "LOGCHK-7731",
  givenName: "Zephyrine",
  familyName: "Quillfeather",
  dateOfBirth: "1961-02-03",
  sex: "female",
  weight: { kg: 64, measuredOn: "2026-03-01" },
  height: null,
  allergies: [],
  conditions: [],
  medications: [],
};
const IDENTIFIERS = [patient.mrn, patient.givenName, patient.familyName, patient.dateOfBirth];

describe("logs", () => {
  const lines: string[] = [];
  let server: TestServer;
  let nurse: Session;
  beforeAll(async () => {
    server = await startTestServer({ logLevel: "info", logStream: { write: (line) => lines.push(line) } });
    nurse = await signIn(server.base, "nurse1@demo.ketaguard.test");
  });
  afterAll(() => server.close());

  it("record every request but never a patient's name, MRN or date of birth, even on errors", async () => {
    const created = await nurse.request("POST", "/api/patients", { body: patient });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const q of IDENTIFIERS) {
      expect((await nurse.request("GET", `/api/patients?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
    expect((await nurse.request("GET", `/api/patients/${id}`)).status).toBe(200);
    const corrected = await nurse.request("PATCH", `/api/patients/${id}`, {
      body: { changes: { familyName: `${patient.familyName}-Orr` }, reason: `Married ${patient.givenName}` },
    });
    expect(corrected.status).toBe(200);
    expect((await nurse.request("GET", `/api/patients/${id}/history`)).status).toBe(200);
    // Refused input that carries the identifiers: a duplicate MRN and an unknown field.
    expect((await nurse.request("POST", "/api/patients", { body: patient })).status).toBe(409);
    const bad = await nurse.request("POST", "/api/patients", {
      body: { ...patient, nickname: patient.givenName },
    });
    expect(bad.status).toBe(400);

    const log = lines.join("");
    expect(log).toContain(`"route":"/api/patients/:id"`);
    expect(lines.length).toBeGreaterThan(10);
    for (const identifier of IDENTIFIERS) expect(log).not.toContain(identifier);
  });
});
