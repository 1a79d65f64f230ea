import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { isUniqueViolation } from "../../store/errors";
import { hashPassword } from "../../store/passwords";
import { getPatient } from "../../store/patients";
import { deleteUserSessions } from "../../store/sessions";
import {
  createUser,
  deactivateUser,
  getUser,
  listUsers,
  setPasswordHash,
  type User,
} from "../../store/users";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { passwordProblem } from "../password-policy";
import {
  Email,
  IdParams,
  NewPassword,
  problemResponses,
  RoleSchema,
  Text,
  UserSchema,
  Uuid,
} from "../schemas";

const ADMIN = ["admin"] as const;

const NewUserBody = Type.Object(
  { email: Email, name: Text(200), role: RoleSchema, password: NewPassword, patientId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
const ResetBody = Type.Object({ password: NewPassword }, { additionalProperties: false });

function toResponse(u: User) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: u.active,
    patientId: u.patientId,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

function checkPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem)
    throw new ApiError("validation.failed", `The password ${problem}.`, [
      { path: "/password", message: problem },
    ]);
}

/** Account administration within the admin's own clinic. */
export async function userRoutes(app: App, ctx: Context): Promise<void> {
  const audit = (
    req: FastifyRequest,
    action: string,
    resourceId: string | null,
    outcome: "success" | "failure",
  ) => auditEventFor(ctx, req, { action, outcome, resourceType: "user", resourceId });

  app.get(
    "/api/users",
    {
      config: { access: ADMIN },
      schema: {
        summary: "The clinic's accounts",
        response: {
          200: Type.Object({ items: Type.Array(UserSchema) }, { additionalProperties: false }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => ({ items: (await listUsers(ctx.db, caller(req).user.clinicId)).map(toResponse) }),
  );

  app.post(
    "/api/users",
    {
      config: { access: ADMIN },
      schema: {
        summary: "Create an account; a patient account must name its patient",
        body: NewUserBody,
        response: { 201: UserSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const { clinicId } = caller(req).user;
      const { email, name, role, password, patientId } = req.body;
      if (role === "patient" && !patientId) {
        throw new ApiError("validation.failed", "A patient account must be linked to a patient.", [
          { path: "/patientId", message: "is required for a patient account" },
        ]);
      }
      if (role !== "patient" && patientId) {
        throw new ApiError("validation.failed", "Only patient accounts are linked to a patient.", [
          { path: "/patientId", message: "is only allowed for a patient account" },
        ]);
      }
      checkPassword(password, email);
      if (patientId && !(await getPatient(ctx.db, clinicId, patientId))) {
        throw new ApiError("validation.failed", "No such patient in this clinic.", [
          { path: "/patientId", message: "is not a patient of this clinic" },
        ]);
      }
      const passwordHash = await hashPassword(password, ctx.scrypt);
      try {
        const user = await ctx.db.transaction().execute(async (trx) => {
          const created = await createUser(
            trx,
            { clinicId, email, name, role, patientId: patientId ?? null, passwordHash },
            ctx.clock(),
          );
          await appendAudit(trx, audit(req, "user.create", created.id, "success"));
          return created;
        });
        return reply.code(201).send(toResponse(user));
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw new ApiError("conflict", "That email, or that patient's account, already exists.");
        }
        throw err;
      }
    },
  );

  app.post(
    "/api/users/:id/deactivate",
    {
      config: { access: ADMIN },
      schema: {
        summary: "Deactivate an account: it can no longer sign in and its sessions end",
        params: IdParams,
        response: { 200: UserSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const auth = caller(req);
      if (req.params.id === auth.user.id)
        throw new ApiError("conflict", "You cannot deactivate your own account.");
      const user = await ctx.db.transaction().execute(async (trx) => {
        const updated = await deactivateUser(trx, auth.user.clinicId, req.params.id);
        if (updated) await deleteUserSessions(trx, auth.user.clinicId, updated.id);
        await appendAudit(trx, audit(req, "user.deactivate", req.params.id, updated ? "success" : "failure"));
        return updated;
      });
      if (!user) throw new ApiError("not_found", "No such account.");
      return toResponse(user);
    },
  );

  app.post(
    "/api/users/:id/reset-password",
    {
      config: { access: ADMIN },
      schema: {
        summary: "Set a new password: lifts any lockout and ends the account's sessions",
        params: IdParams,
        body: ResetBody,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { clinicId } = caller(req).user;
      const target = await getUser(ctx.db, clinicId, req.params.id);
      if (!target) throw new ApiError("not_found", "No such account.");
      checkPassword(req.body.password, target.email);
      const passwordHash = await hashPassword(req.body.password, ctx.scrypt);
      await ctx.db.transaction().execute(async (trx) => {
        await setPasswordHash(trx, clinicId, target.id, passwordHash);
        await deleteUserSessions(trx, clinicId, target.id);
        await appendAudit(trx, audit(req, "user.reset_password", target.id, "success"));
      });
      return reply.code(204).send(null);
    },
  );
}
