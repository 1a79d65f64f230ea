import { Type } from "typebox";
import { listAudit } from "../../store/audit";
import { type App, type Context, caller } from "../context";
import { DateTime, Paging, problemResponses, Text, Uuid } from "../schemas";

const Outcome = Type.Enum(["success", "failure", "denied"]);

const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Uuid),
    action: Type.Optional(Text(100)),
    resourceType: Type.Optional(Text(100)),
    resourceId: Type.Optional(Text(200)),
    outcome: Type.Optional(Outcome),
    from: Type.Optional(DateTime),
    to: Type.Optional(DateTime),
    ...Paging,
  },
  { additionalProperties: false },
);

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const AuditEntrySchema = Type.Object(
  {
    id: Uuid,
    seq: Type.Integer(),
    at: DateTime,
    actorId: Nullable(Uuid),
    actorRole: Nullable(Type.String()),
    actorEmail: Nullable(Type.String()),
    action: Type.String(),
    resourceType: Nullable(Type.String()),
    resourceId: Nullable(Type.String()),
    clinicId: Nullable(Uuid),
    requestId: Nullable(Type.String()),
    outcome: Outcome,
    hash: Type.String(),
    prevHash: Type.String(),
  },
  { additionalProperties: false },
);

/** The clinic's audit trail for admins: filterable, newest first. */
export async function auditRoutes(app: App, ctx: Context): Promise<void> {
  app.get(
    "/api/audit",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Audit entries of the admin's clinic, newest first; `from` inclusive, `to` exclusive",
        querystring: AuditQuery,
        response: {
          200: Type.Object(
            {
              items: Type.Array(AuditEntrySchema),
              total: Type.Integer(),
              page: Type.Integer(),
              pageSize: Type.Integer(),
            },
            { additionalProperties: false },
          ),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const { page = 1, pageSize = 20, from, to, ...filter } = req.query;
      const result = await listAudit(
        ctx.db,
        caller(req).user.clinicId,
        { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        { page, pageSize },
      );
      return {
        items: result.items.map((e) => ({ ...e, at: e.at.toISOString() })),
        total: result.total,
        page,
        pageSize,
      };
    },
  );
}
