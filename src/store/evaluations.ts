import { randomUUID } from "node:crypto";
import type { Finding, ScreeningDecision } from "../clinical/screening/screen";
import type { Executor } from "./db";

/** Who did something, as shown next to a record. */
export interface Person {
  readonly id: string;
  readonly name: string;
}

export interface Signature {
  readonly decision: ScreeningDecision;
  readonly reason: string | null;
  readonly signedAt: Date;
  readonly signedBy: Person;
}

/** One stored version of an evaluation: the intake as entered and the findings the rules gave then. */
export interface Evaluation {
  readonly id: string;
  readonly patientId: string;
  readonly version: number;
  readonly previousId: string | null;
  /** The intake form as entered (the API's `EvaluationContent`). */
  readonly content: unknown;
  readonly findings: readonly Finding[];
  readonly suggestedDecision: ScreeningDecision;
  readonly kbVersion: string;
  readonly createdAt: Date;
  readonly createdBy: Person;
  readonly signature: Signature | null;
}

export interface EvaluationSummary {
  readonly id: string;
  readonly version: number;
  readonly status: "draft" | "signed";
  readonly createdAt: Date;
  readonly createdBy: Person;
  readonly signedAt: Date | null;
  readonly signedBy: Person | null;
  /** The signed decision, or the rules' suggestion for a draft. */
  readonly decision: ScreeningDecision;
}

export interface NewEvaluation {
  readonly clinicId: string;
  readonly patientId: string;
  readonly previousId: string | null;
  readonly content: unknown;
  readonly findings: readonly Finding[];
  readonly suggestedDecision: ScreeningDecision;
  readonly kbVersion: string;
  readonly createdBy: string;
  readonly at: Date;
}

function baseQuery(db: Executor, clinicId: string) {
  return db
    .selectFrom("evaluations as e")
    .innerJoin("users as c", (j) =>
      j.onRef("c.clinicId", "=", "e.clinicId").onRef("c.id", "=", "e.createdBy"),
    )
    .leftJoin("evaluationSignatures as s", (j) =>
      j.onRef("s.clinicId", "=", "e.clinicId").onRef("s.evaluationId", "=", "e.id"),
    )
    .leftJoin("users as sb", (j) =>
      j.onRef("sb.clinicId", "=", "s.clinicId").onRef("sb.id", "=", "s.signedBy"),
    )
    .where("e.clinicId", "=", clinicId);
}

type Row = {
  id: string;
  patientId: string;
  version: number;
  previousId: string | null;
  content: unknown;
  findings: unknown;
  suggestedDecision: ScreeningDecision;
  kbVersion: string;
  createdAt: Date;
  creatorId: string;
  creatorName: string;
  decision: ScreeningDecision | null;
  reason: string | null;
  signedAt: Date | null;
  signerId: string | null;
  signerName: string | null;
};

const COLUMNS = [
  "e.id",
  "e.patientId",
  "e.version",
  "e.previousId",
  "e.content",
  "e.findings",
  "e.suggestedDecision",
  "e.kbVersion",
  "e.createdAt",
  "c.id as creatorId",
  "c.name as creatorName",
  "s.decision",
  "s.reason",
  "s.signedAt",
  "sb.id as signerId",
  "sb.name as signerName",
] as const;

function toEvaluation(r: Row): Evaluation {
  return {
    id: r.id,
    patientId: r.patientId,
    version: r.version,
    previousId: r.previousId,
    content: r.content,
    findings: r.findings as Finding[],
    suggestedDecision: r.suggestedDecision,
    kbVersion: r.kbVersion,
    createdAt: r.createdAt,
    createdBy: { id: r.creatorId, name: r.creatorName },
    signature:
      r.decision && r.signedAt && r.signerId
        ? {
            decision: r.decision,
            reason: r.reason,
            signedAt: r.signedAt,
            signedBy: { id: r.signerId, name: r.signerName ?? "" },
          }
        : null,
  };
}

/**
 * Stores a new evaluation version for a patient (the next version number). Run it in a transaction: the patient
 * row is locked so two saves at once get different numbers.
 *
 * @returns the stored version, or null when the clinic has no such patient or `previousId` is not one of the
 * patient's evaluations.
 */
export async function createEvaluation(db: Executor, e: NewEvaluation): Promise<Evaluation | null> {
  const patient = await db
    .selectFrom("patients")
    .select("id")
    .where("clinicId", "=", e.clinicId)
    .where("id", "=", e.patientId)
    .forUpdate()
    .executeTakeFirst();
  if (!patient) return null;
  if (e.previousId) {
    const previous = await db
      .selectFrom("evaluations")
      .select("id")
      .where("clinicId", "=", e.clinicId)
      .where("patientId", "=", e.patientId)
      .where("id", "=", e.previousId)
      .executeTakeFirst();
    if (!previous) return null;
  }
  const last = await db
    .selectFrom("evaluations")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("clinicId", "=", e.clinicId)
    .where("patientId", "=", e.patientId)
    .executeTakeFirst();
  const id = randomUUID();
  await db
    .insertInto("evaluations")
    .values({
      clinicId: e.clinicId,
      id,
      patientId: e.patientId,
      version: (last?.version ?? 0) + 1,
      previousId: e.previousId,
      content: JSON.stringify(e.content),
      findings: JSON.stringify(e.findings),
      suggestedDecision: e.suggestedDecision,
      kbVersion: e.kbVersion,
      createdAt: e.at,
      createdBy: e.createdBy,
    })
    .execute();
  return getEvaluation(db, e.clinicId, e.patientId, id);
}

/** One evaluation of a patient in a clinic, with its signature; null when there is none. */
export async function getEvaluation(
  db: Executor,
  clinicId: string,
  patientId: string,
  id: string,
): Promise<Evaluation | null> {
  const row = await baseQuery(db, clinicId)
    .select(COLUMNS)
    .where("e.patientId", "=", patientId)
    .where("e.id", "=", id)
    .executeTakeFirst();
  return row ? toEvaluation(row) : null;
}

/** Every evaluation version of a patient, newest first. */
export async function listEvaluations(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<EvaluationSummary[]> {
  const rows = await baseQuery(db, clinicId)
    .select(COLUMNS)
    .where("e.patientId", "=", patientId)
    .orderBy("e.version", "desc")
    .execute();
  return rows.map((r) => {
    const e = toEvaluation(r);
    return {
      id: e.id,
      version: e.version,
      status: e.signature ? "signed" : "draft",
      createdAt: e.createdAt,
      createdBy: e.createdBy,
      signedAt: e.signature?.signedAt ?? null,
      signedBy: e.signature?.signedBy ?? null,
      decision: e.signature?.decision ?? e.suggestedDecision,
    };
  });
}

/**
 * Signs an evaluation. A second signature of the same evaluation is refused by the database (a unique
 * violation, see `isUniqueViolation`), so concurrent signatures cannot both succeed.
 */
export async function signEvaluation(
  db: Executor,
  clinicId: string,
  evaluationId: string,
  s: { decision: ScreeningDecision; reason: string | null; signedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto("evaluationSignatures")
    .values({
      clinicId,
      evaluationId,
      decision: s.decision,
      reason: s.reason,
      signedAt: s.at,
      signedBy: s.signedBy,
    })
    .execute();
}

/** The latest signed evaluation of each of the given patients (by version), keyed by patient id. */
export async function latestSignedEvaluations(
  db: Executor,
  clinicId: string,
  patientIds: readonly string[],
): Promise<Map<string, Evaluation>> {
  if (patientIds.length === 0) return new Map();
  const rows = await baseQuery(db, clinicId)
    .select(COLUMNS)
    .where("e.patientId", "in", patientIds)
    .where("s.evaluationId", "is not", null)
    .orderBy("e.version", "asc")
    .execute();
  // Ascending order: a later version replaces an earlier one.
  return new Map(rows.map((r) => [r.patientId, toEvaluation(r)]));
}

/** The latest evaluation of a patient, signed or not; null when there is none. */
export async function latestEvaluation(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<Evaluation | null> {
  const row = await baseQuery(db, clinicId)
    .select(COLUMNS)
    .where("e.patientId", "=", patientId)
    .orderBy("e.version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toEvaluation(row) : null;
}
