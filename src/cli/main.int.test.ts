import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/support/db";
import { openDatabase } from "../store/db";
import { migrationFiles } from "../store/migrate";
import { verifyPassword } from "../store/passwords";
import { findLoginCandidate } from "../store/users";

const BIN = fileURLToPath(new URL("../../bin/ketaguard.js", import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function ketaguard(args: string[], env: Record<string, string>, stdin = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let t: TestDatabase;
let db: ReturnType<typeof openDatabase>;
let env: Record<string, string>;

beforeAll(async () => {
  t = await createTestDatabase();
  db = openDatabase(t.url);
  env = { DATABASE_URL: t.url };
});
afterAll(async () => {
  await db.destroy();
  await t.drop();
});

describe("ketaguard CLI", () => {
  it("migrates an empty database, then reports it up to date", async () => {
    const all = (await migrationFiles()).map((f) => f.version).join(", ");
    expect(await ketaguard(["migrate"], env)).toMatchObject({
      code: 0,
      stdout: `applied migrations: ${all}\n`,
    });
    expect(await ketaguard(["migrate"], env)).toMatchObject({ code: 0, stdout: "schema is up to date\n" });
  });

  it("creates a user (and its clinic) with the password from stdin, audited", async () => {
    const run = await ketaguard(
      [
        "create-user",
        "--role",
        "admin",
        "--email",
        "Head@Clinic.test",
        "--name",
        "Head Admin",
        "--clinic",
        "Lakeside Clinic",
        "--create-clinic",
      ],
      env,
      "Lakeside-admin-2026\n",
    );
    expect(run.stderr).toBe("");
    expect(run).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^created admin head@clinic.test \(.+\) in Lakeside Clinic\n$/),
    });
    const user = await findLoginCandidate(db, "head@clinic.test");
    expect(user).toMatchObject({
      role: "admin",
      name: "Head Admin",
      clinicName: "Lakeside Clinic",
      active: true,
    });
    expect(await verifyPassword("Lakeside-admin-2026", user!.passwordHash)).toBe(true);
    const { rows } = await sql<{ action: string }>`select action from audit_log`.execute(db);
    expect(rows.map((r) => r.action)).toEqual(["user.create"]);
  });

  it("refuses a weak password, an unknown clinic and a duplicate email with one line each", async () => {
    const base = ["create-user", "--role", "nurse", "--email", "n@clinic.test", "--name", "N"];
    const [weak, noClinic, dup] = await Promise.all([
      ketaguard([...base, "--clinic", "Lakeside Clinic"], env, "short\n"),
      ketaguard([...base, "--clinic", "Nowhere"], env, "Long-enough-pass-1\n"),
      ketaguard(
        [
          "create-user",
          "--role",
          "nurse",
          "--email",
          "head@clinic.test",
          "--name",
          "N",
          "--clinic",
          "Lakeside Clinic",
        ],
        env,
        "Long-enough-pass-1\n",
      ),
    ]);
    expect(weak).toMatchObject({
      code: 1,
      stderr: "ketaguard: the password must be at least 12 characters\n",
    });
    expect(noClinic).toMatchObject({
      code: 1,
      stderr: 'ketaguard: no clinic "Nowhere"; add --create-clinic to create it\n',
    });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^ketaguard: an account for head@clinic.test .*already exists\n$/);
  });

  it("refuses a patient account for a patient id the clinic does not have, naming it", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const run = await ketaguard(
      [
        "create-user",
        "--role",
        "patient",
        "--email",
        "p@clinic.test",
        "--name",
        "P",
        "--clinic",
        "Lakeside Clinic",
        "--patient",
        id,
      ],
      env,
      "Long-enough-pass-1\n",
    );
    expect(run).toMatchObject({ code: 1, stderr: `ketaguard: no patient "${id}" in Lakeside Clinic\n` });
  });

  it("verifies the audit chain, and names the first altered entry with exit code 1", async () => {
    expect(await ketaguard(["verify-audit"], env)).toMatchObject({
      code: 0,
      stdout: "OK: audit chain intact, 1 entries\n",
    });
    await sql`update audit_log set actor_role = 'admin' where seq = 1`.execute(db);
    const broken = await ketaguard(["verify-audit"], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^BROKEN: audit entry #1 \(.+\): its content does not match its hash/);
  });

  it("prints help for every command", async () => {
    for (const command of ["serve", "migrate", "create-user", "verify-audit"]) {
      const run = await ketaguard([command, "--help"], env);
      expect([command, run.code, run.stdout]).toEqual([
        command,
        0,
        expect.stringContaining(`Usage: ketaguard ${command}`),
      ]);
    }
  });
});

describe("ketaguard serve refuses to start, with a one-line reason", () => {
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  it("when the database is unreachable", async () => {
    const run = await ketaguard(["serve"], { DATABASE_URL: "postgres://kg:secret@127.0.0.1:1/kg" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "ketaguard: cannot reach the database at 127.0.0.1:1/kg: connect ECONNREFUSED 127.0.0.1:1\n",
    );
  });

  it("when the port is taken", async () => {
    const run = await ketaguard(["serve"], { ...env, PORT: String(busyPort), KETAGUARD_DEMO: "0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `ketaguard: port ${busyPort} on 127.0.0.1 is already in use; set PORT to a free port\n`,
    );
  });

  it("when the data directory is not writable", async () => {
    const run = await ketaguard(["serve"], { DATA_DIR: `${BIN}/data` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^ketaguard: the data directory .+ is not writable \(ENOTDIR\); set DATA_DIR to a writable folder\n$/,
    );
  });

  it("when a setting is invalid", async () => {
    const run = await ketaguard(["serve"], { ...env, SESSION_IDLE_MINUTES: "soon" });
    expect(run).toMatchObject({
      code: 1,
      stderr: 'ketaguard: SESSION_IDLE_MINUTES must be a whole number from 1 to 1440, not "soon"\n',
    });
  });
});
