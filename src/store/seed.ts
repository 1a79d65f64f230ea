import { sql } from "kysely";
import { appendAudit } from "./audit";
import { type Clinic, createClinic, findClinic } from "./clinics";
import type { Executor } from "./db";
import { hashPassword, OWASP_SCRYPT, type ScryptParams } from "./passwords";
import { createPatient, type PatientRecord } from "./patients";
import { createChair } from "./schedule";
import type { Role } from "./schema";
import { createUser } from "./users";

/** The password every demo account shares (published in the docs; the demo is for trying the software). */
export const DEMO_PASSWORD = "demo-Ketaguard-2026";
export const DEMO_CLINIC = "Harbour Pain Clinic";
export const SECOND_DEMO_CLINIC = "Northside Infusion Centre";

/** Arbitrary constant naming the seeding lock, so two instances starting at once seed once. */
const SEED_LOCK_KEY = 4_271_003;

export interface DemoLogin {
  readonly clinic: string;
  readonly email: string;
  readonly role: Role;
  readonly name: string;
}

interface DemoStaff {
  readonly email: string;
  readonly name: string;
  readonly role: Exclude<Role, "patient">;
}

type DemoRecord = Omit<PatientRecord, "weight" | "height"> & {
  readonly weightKg: number;
  readonly heightCm: number;
};

const MEASURED_ON = "2026-01-12";

const HARBOUR_STAFF: readonly DemoStaff[] = [
  { email: "physician@demo.ketaguard.test", name: "Dr Priya Natarajan", role: "physician" },
  { email: "admin@demo.ketaguard.test", name: "Alex Morgan", role: "admin" },
  { email: "nurse1@demo.ketaguard.test", name: "Sam Okafor", role: "nurse" },
  { email: "nurse2@demo.ketaguard.test", name: "Jo Lindqvist", role: "nurse" },
];

const HARBOUR_PATIENTS: readonly DemoRecord[] = [
  {
    mrn: "KG-1001",
    givenName: "Maya",
    familyName: "Thornton",
    dateOfBirth: "1986-04-17",
    sex: "female",
    weightKg: 64,
    heightCm: 168,
    allergies: [],
    conditions: [{ code: "M79.7", label: "Fibromyalgia", since: "2019" }],
    medications: [],
  },
  {
    mrn: "KG-1002",
    givenName: "Daniel",
    familyName: "Reyes",
    dateOfBirth: "1971-09-02",
    sex: "male",
    weightKg: 88,
    heightCm: 179,
    allergies: [{ substance: "Penicillin", reaction: "Rash" }],
    conditions: [
      { code: "I10", label: "Hypertension", since: "2015", controlled: true },
      { code: "G89.4", label: "Chronic pain syndrome", since: "2020" },
    ],
    medications: [{ name: "Amlodipine", dose: "5 mg", frequency: "once daily" }],
  },
  {
    mrn: "KG-1003",
    givenName: "Helen",
    familyName: "Achterberg",
    dateOfBirth: "1979-12-23",
    sex: "female",
    weightKg: 71,
    heightCm: 165,
    allergies: [],
    conditions: [
      { code: "G40.909", label: "Seizure history", since: "2008", notes: "Last seizure 2017" },
      { code: "G43.709", label: "Chronic migraine", since: "2012" },
    ],
    medications: [{ name: "Bupropion (Wellbutrin XL)", dose: "300 mg", frequency: "once daily" }],
  },
  {
    mrn: "KG-1004",
    givenName: "Tomas",
    familyName: "Berg",
    dateOfBirth: "1990-06-30",
    sex: "male",
    weightKg: 79,
    heightCm: 183,
    allergies: [],
    conditions: [
      { code: "F23", label: "Prior brief psychotic episode", since: "2014", notes: "No recurrence since" },
      { code: "M54.50", label: "Chronic low back pain", since: "2018" },
    ],
    medications: [],
  },
  {
    mrn: "KG-1005",
    givenName: "Grace",
    familyName: "Whitfield",
    dateOfBirth: "1968-02-11",
    sex: "female",
    weightKg: 59,
    heightCm: 160,
    allergies: [{ substance: "Latex" }],
    conditions: [
      { code: "G89.4", label: "Chronic pain syndrome", since: "2016" },
      {
        code: "R35.0",
        label: "Urinary frequency",
        since: "2025",
        notes: "Began during repeated infusion courses",
      },
      {
        code: "Z92.89",
        label: "Long-term ketamine infusions",
        since: "2021",
        notes: "Several prior courses with boosters",
      },
    ],
    medications: [],
  },
  {
    mrn: "KG-1006",
    givenName: "Marcus",
    familyName: "Oyelaran",
    dateOfBirth: "1975-08-05",
    sex: "male",
    weightKg: 94,
    heightCm: 186,
    allergies: [{ substance: "Sulfonamides", reaction: "Hives" }],
    conditions: [{ code: "G90.50", label: "Complex regional pain syndrome", since: "2022" }],
    medications: [
      { name: "Oxycodone", dose: "10 mg", frequency: "every 12 hours" },
      { name: "Lorazepam", dose: "1 mg", frequency: "at night" },
    ],
  },
];

const NORTHSIDE_ADMIN: DemoStaff = {
  email: "admin@northside.ketaguard.test",
  name: "Chris Delaney",
  role: "admin",
};
const NORTHSIDE_PHYSICIAN: DemoStaff = {
  email: "physician@northside.ketaguard.test",
  name: "Dr Lena Fischer",
  role: "physician",
};
const NORTHSIDE_PATIENTS: readonly DemoRecord[] = [
  {
    mrn: "NS-2001",
    givenName: "Owen",
    familyName: "Castillo",
    dateOfBirth: "1983-03-14",
    sex: "male",
    weightKg: 82,
    heightCm: 177,
    allergies: [],
    conditions: [{ code: "G89.4", label: "Chronic pain syndrome", since: "2021" }],
    medications: [],
  },
];

const PATIENT_LOGIN = { email: "patient@demo.ketaguard.test", mrn: "KG-1001" } as const;

function toRecord({ weightKg, heightCm, ...rest }: DemoRecord): PatientRecord {
  return {
    ...rest,
    weight: { kg: weightKg, measuredOn: MEASURED_ON },
    height: { cm: heightCm, measuredOn: MEASURED_ON },
  };
}

async function seedClinic(
  trx: Executor,
  name: string,
  staff: readonly DemoStaff[],
  patients: readonly DemoRecord[],
  chairs: number,
  passwordHash: () => Promise<string>,
  at: Date,
): Promise<{ clinic: Clinic; logins: DemoLogin[]; patientIds: Map<string, string> }> {
  // A number from a range reserved for fiction, so the demo never sends anyone to a real line.
  const clinic = await createClinic(trx, name, at, "01632 960 123");
  for (let n = 1; n <= chairs; n++) await createChair(trx, clinic.id, `Chair ${n}`);
  const logins: DemoLogin[] = [];
  const users = [];
  for (const s of staff) {
    users.push(
      await createUser(
        trx,
        { ...s, clinicId: clinic.id, patientId: null, passwordHash: await passwordHash() },
        at,
      ),
    );
    logins.push({ clinic: name, ...s });
  }
  // The first staff member (a physician) records the demo patients.
  const rec = { clinicId: clinic.id, recordedBy: users[0]!.id, at, reason: "Demo data" };
  const patientIds = new Map<string, string>();
  for (const p of patients) patientIds.set(p.mrn, (await createPatient(trx, toRecord(p), rec)).id);
  await appendAudit(trx, {
    at,
    actorId: null,
    actorRole: "system",
    actorEmail: null,
    action: "clinic.seed_demo",
    resourceType: "clinic",
    resourceId: clinic.id,
    clinicId: clinic.id,
    requestId: null,
    outcome: "success",
  });
  return { clinic, logins, patientIds };
}

/**
 * Creates the demo clinics, accounts and patients on a database that has none of them. Idempotent: when the
 * demo clinic exists nothing is written, so restarts never duplicate. Safe with several instances at once.
 *
 * @returns the logins created by this call (empty when the demo data was already there), to print once.
 * @example
 * const logins = await seedDemoData(db);
 * for (const l of logins) console.log(`${l.email} (${l.role})`);
 */
export async function seedDemoData(
  db: Executor,
  opts: { readonly scrypt?: ScryptParams; readonly now?: Date } = {},
): Promise<DemoLogin[]> {
  const at = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    await lockDemoSeeding(trx);
    if (await findClinic(trx, DEMO_CLINIC)) return [];
    const passwordHash = () => hashPassword(DEMO_PASSWORD, opts.scrypt ?? OWASP_SCRYPT);
    const harbour = await seedClinic(trx, DEMO_CLINIC, HARBOUR_STAFF, HARBOUR_PATIENTS, 4, passwordHash, at);
    await createUser(
      trx,
      {
        clinicId: harbour.clinic.id,
        email: PATIENT_LOGIN.email,
        name: "Maya Thornton",
        role: "patient",
        patientId: harbour.patientIds.get(PATIENT_LOGIN.mrn)!,
        passwordHash: await passwordHash(),
      },
      at,
    );
    const northside = await seedClinic(
      trx,
      SECOND_DEMO_CLINIC,
      [NORTHSIDE_PHYSICIAN, NORTHSIDE_ADMIN],
      NORTHSIDE_PATIENTS,
      2,
      passwordHash,
      at,
    );
    return [
      ...harbour.logins,
      { clinic: DEMO_CLINIC, email: PATIENT_LOGIN.email, role: "patient", name: "Maya Thornton" },
      ...northside.logins,
    ];
  });
}

/**
 * Serialises demo seeding for the rest of the transaction, so instances starting together seed once. The
 * demo clinic's clinical history (recorded by the server layer) takes the same lock.
 */
export async function lockDemoSeeding(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
}
