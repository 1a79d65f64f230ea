import { randomUUID } from "node:crypto";
import type { Executor } from "./db";
import type { Person } from "./evaluations";

export type PlanStatus = "draft" | "approved" | "superseded";

/** One stored version of a treatment plan with what the dose math and the limits said when it was saved. */
export interface PlanVersion {
  readonly id: string;
  readonly patientId: string;
  /** The first version of the chain this version belongs to: one course of treatment. */
  readonly courseId: string;
  readonly version: number;
  readonly previousId: string | null;
  /** Approved and not replaced by a later approval in the course, approved then replaced, or never approved. */
  readonly status: PlanStatus;
  /** The plan as entered (the API's `PlanInput`). */
  readonly plan: unknown;
  readonly computation: unknown;
  readonly violations: unknown;
  readonly kbVersion: string;
  readonly weightKg: number;
  readonly createdAt: Date;
  readonly createdBy: Person;
  readonly approvedAt: Date | null;
  readonly approvedBy: Person | null;
}

export interface NewPlan {
  readonly clinicId: string;
  readonly patientId: string;
  readonly previousId: string | null;
  readonly plan: unknown;
  readonly computation: unknown;
  readonly violations: unknown;
  readonly kbVersion: string;
  readonly weightKg: number;
  readonly createdBy: string;
  readonly at: Date;
}

/** Every plan version of a patient, newest first, each with its status. */
export async function listPlans(db: Executor, clinicId: string, patientId: string): Promise<PlanVersion[]> {
  const rows = await db
    .selectFrom("plans as p")
    .innerJoin("users as c", (j) =>
      j.onRef("c.clinicId", "=", "p.clinicId").onRef("c.id", "=", "p.createdBy"),
    )
    .leftJoin("planApprovals as a", (j) =>
      j.onRef("a.clinicId", "=", "p.clinicId").onRef("a.planId", "=", "p.id"),
    )
    .leftJoin("users as ab", (j) =>
      j.onRef("ab.clinicId", "=", "a.clinicId").onRef("ab.id", "=", "a.approvedBy"),
    )
    .select([
      "p.id",
      "p.patientId",
      "p.courseId",
      "p.version",
      "p.previousId",
      "p.plan",
      "p.computation",
      "p.violations",
      "p.kbVersion",
      "p.weightKg",
      "p.createdAt",
      "c.id as creatorId",
      "c.name as creatorName",
      "a.approvedAt",
      "ab.id as approverId",
      "ab.name as approverName",
    ])
    .where("p.clinicId", "=", clinicId)
    .where("p.patientId", "=", patientId)
    .orderBy("p.version", "desc")
    .execute();
  // Rows are newest first, so the first approved row seen in a course is its current plan.
  const currentOfCourse = new Map<string, string>();
  for (const r of rows)
    if (r.approvedAt && !currentOfCourse.has(r.courseId)) currentOfCourse.set(r.courseId, r.id);
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patientId,
    courseId: r.courseId,
    version: r.version,
    previousId: r.previousId,
    status: !r.approvedAt ? "draft" : currentOfCourse.get(r.courseId) === r.id ? "approved" : "superseded",
    plan: r.plan,
    computation: r.computation,
    violations: r.violations,
    kbVersion: r.kbVersion,
    weightKg: r.weightKg,
    createdAt: r.createdAt,
    createdBy: { id: r.creatorId, name: r.creatorName },
    approvedAt: r.approvedAt,
    approvedBy: r.approverId ? { id: r.approverId, name: r.approverName ?? "" } : null,
  }));
}

/** One plan version of a patient; null when the clinic has no such plan for that patient. */
export async function getPlan(
  db: Executor,
  clinicId: string,
  patientId: string,
  id: string,
): Promise<PlanVersion | null> {
  return (await listPlans(db, clinicId, patientId)).find((p) => p.id === id) ?? null;
}

/**
 * Stores a new plan version (the patient's next version number). A plan amending `previousId` joins its course;
 * one without starts a new course. Run it in a transaction: the patient row is locked so two saves at once get
 * different numbers.
 *
 * @returns the stored version, or null when the clinic has no such patient or `previousId` is not one of the
 * patient's plans.
 */
export async function createPlan(db: Executor, p: NewPlan): Promise<PlanVersion | null> {
  const patient = await db
    .selectFrom("patients")
    .select("id")
    .where("clinicId", "=", p.clinicId)
    .where("id", "=", p.patientId)
    .forUpdate()
    .executeTakeFirst();
  if (!patient) return null;
  const id = randomUUID();
  let courseId: string = id;
  if (p.previousId) {
    const previous = await db
      .selectFrom("plans")
      .select("courseId")
      .where("clinicId", "=", p.clinicId)
      .where("patientId", "=", p.patientId)
      .where("id", "=", p.previousId)
      .executeTakeFirst();
    if (!previous) return null;
    courseId = previous.courseId;
  }
  const last = await db
    .selectFrom("plans")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("clinicId", "=", p.clinicId)
    .where("patientId", "=", p.patientId)
    .executeTakeFirst();
  await db
    .insertInto("plans")
    .values({
      clinicId: p.clinicId,
      id,
      patientId: p.patientId,
      courseId,
      version: (last?.version ?? 0) + 1,
      previousId: p.previousId,
      plan: JSON.stringify(p.plan),
      computation: JSON.stringify(p.computation),
      violations: JSON.stringify(p.violations),
      kbVersion: p.kbVersion,
      weightKg: p.weightKg,
      createdAt: p.at,
      createdBy: p.createdBy,
    })
    .execute();
  return getPlan(db, p.clinicId, p.patientId, id);
}

/**
 * Records a physician's approval. A second approval of the same version is refused by the database (a unique
 * violation, see `isUniqueViolation`).
 */
export async function approvePlan(
  db: Executor,
  clinicId: string,
  planId: string,
  approvedBy: string,
  at: Date,
): Promise<void> {
  await db.insertInto("planApprovals").values({ clinicId, planId, approvedBy, approvedAt: at }).execute();
}

/** The patient's most recently approved plan version that is still current, or null. */
export async function currentApprovedPlan(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<PlanVersion | null> {
  const approved = (await listPlans(db, clinicId, patientId)).filter((p) => p.status === "approved");
  approved.sort((a, b) => b.approvedAt!.getTime() - a.approvedAt!.getTime());
  return approved[0] ?? null;
}
