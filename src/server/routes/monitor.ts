import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { createGateway, listGateways, revokeGateway } from "../../store/gateways";
import type { EntryInput } from "../chair/engine";
import { ReadingsRequestSchema } from "../chair/schemas";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { DateTime, IdParams, problemResponses, Text, Uuid } from "../schemas";
import { newGatewayToken, sessionTokenHash } from "../tokens";

const closed = { additionalProperties: false } as const;
const GatewaySchema = Type.Object(
  { id: Uuid, name: Type.String(), createdAt: DateTime, revokedAt: Type.Union([DateTime, Type.Null()]) },
  closed,
);
const gatewayJson = (g: { id: string; name: string; createdAt: Date; revokedAt: Date | null }) => ({
  id: g.id,
  name: g.name,
  createdAt: g.createdAt.toISOString(),
  revokedAt: g.revokedAt?.toISOString() ?? null,
});

/** Bedside-monitor readings from gateways, and the admin's list of gateways. */
export async function monitorRoutes(app: App, ctx: Context): Promise<void> {
  const { engine } = ctx.chair;

  app.post(
    "/api/monitor/readings",
    {
      config: { access: "gateway" },
      schema: {
        summary:
          "Timestamped vital-sign readings from bedside monitors (by device id), answered once they are stored; a reading's clientId makes retries safe",
        body: ReadingsRequestSchema,
        response: {
          200: Type.Object(
            {
              accepted: Type.Integer(),
              duplicates: Type.Integer(),
              rejected: Type.Array(Type.Object({ index: Type.Integer(), reason: Type.String() }, closed)),
            },
            closed,
          ),
          ...problemResponses(400, 401),
        },
      },
    },
    async (req) => {
      const gateway = req.gateway!;
      const { readings } = req.body;
      const rejected: { index: number; reason: string }[] = [];
      const bound = await engine.boundSessions(
        ctx.db,
        gateway.clinicId,
        readings.map((r) => r.deviceId),
      );
      const groups = new Map<string, { indexes: number[]; entries: EntryInput[] }>();
      for (const [index, r] of readings.entries()) {
        const sessionId = bound.get(r.deviceId);
        if (!sessionId) {
          rejected.push({ index, reason: `monitor ${r.deviceId} is not bound to a session in progress` });
          continue;
        }
        const { deviceId, clientId, at, ...values } = r;
        const group = groups.get(sessionId) ?? { indexes: [], entries: [] };
        groups.set(sessionId, group);
        group.indexes.push(index);
        group.entries.push({
          clientId: `${deviceId}:${clientId}`,
          at: new Date(at),
          body: { kind: "vitals", ...values },
          amends: null,
          reason: null,
          source: deviceId,
        });
      }
      // One audit entry per session the batch wrote to, committed with the readings.
      const audit = [...groups.keys()].map((sessionId) =>
        auditEventFor(ctx, req, {
          action: "chart.monitor-readings",
          outcome: "success",
          resourceType: "session",
          resourceId: sessionId,
        }),
      );
      const written = await engine.write(
        ctx.db,
        gateway.clinicId,
        [...groups].map(([sessionId, g]) => ({ sessionId, entries: g.entries })),
        { userId: null, role: "gateway" },
        { partial: true, audit },
      );
      let accepted = 0;
      let duplicates = 0;
      for (const [sessionId, g] of groups) {
        const w = written.get(sessionId);
        if (!w) {
          for (const index of g.indexes) rejected.push({ index, reason: "the session no longer exists" });
          continue;
        }
        for (const s of w.stored) s.replayed ? duplicates++ : accepted++;
        for (const r of w.rejected) rejected.push({ index: g.indexes[r.index]!, reason: r.reason });
      }
      return { accepted, duplicates, rejected: rejected.sort((a, b) => a.index - b.index) };
    },
  );

  app.get(
    "/api/gateways",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "The clinic's monitor gateways",
        response: {
          200: Type.Object({ items: Type.Array(GatewaySchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => ({ items: (await listGateways(ctx.db, caller(req).user.clinicId)).map(gatewayJson) }),
  );

  app.post(
    "/api/gateways",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Register a monitor gateway; its token is shown only in this answer",
        body: Type.Object({ name: Text(100) }, closed),
        response: {
          201: Type.Object({ gateway: GatewaySchema, token: Type.String() }, closed),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const clinicId = caller(req).user.clinicId;
      const token = newGatewayToken();
      const gateway = await createGateway(
        ctx.db,
        { clinicId, name: req.body.name, tokenHash: sessionTokenHash(token) },
        ctx.clock(),
      );
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "gateway.create",
          outcome: "success",
          resourceType: "gateway",
          resourceId: gateway.id,
        }),
      );
      reply.code(201);
      return { gateway: gatewayJson(gateway), token };
    },
  );

  app.post(
    "/api/gateways/:id/revoke",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Stop a monitor gateway's token from working",
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const clinicId = caller(req).user.clinicId;
      if (!(await revokeGateway(ctx.db, clinicId, req.params.id, ctx.clock()))) {
        throw new ApiError("not_found", "No such active gateway.");
      }
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "gateway.revoke",
          outcome: "success",
          resourceType: "gateway",
          resourceId: req.params.id,
        }),
      );
      return reply.code(204).send(null);
    },
  );
}
