import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { items, lockItem, recordCall } from "../../store/worklist";
import { notifyLive } from "../chair/notify";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { itemJson, orderByUrgency, publishItem } from "../followup/worklist";
import { IdParams, problemResponses, Text } from "../schemas";

const STAFF = ["physician", "nurse"] as const;
const closed = { additionalProperties: false } as const;
const ItemSchema = Type.Object({}, { additionalProperties: true, description: "A worklist item" });
export const CALL_OUTCOMES = [
  "resolved",
  "self-care-advised",
  "review-booked",
  "sent-to-emergency",
  "no-answer",
  "other",
] as const;

/** The clinic's follow-up worklist: open items by urgency, and the calls that answer them. */
export async function worklistRoutes(app: App, ctx: Context): Promise<void> {
  app.get(
    "/api/worklist",
    {
      config: { access: STAFF },
      schema: {
        summary: "Open follow-up items, most urgent first: red flags, overdue check-ins, call-backs",
        response: {
          200: Type.Object({ items: Type.Array(ItemSchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const open = orderByUrgency(await items(ctx.db, clinicId));
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, { action: "worklist.read", outcome: "success", resourceType: "worklist" }),
      );
      return { items: await Promise.all(open.map((i) => itemJson(ctx.db, clinicId, i))) };
    },
  );

  app.post(
    "/api/worklist/:id/calls",
    {
      config: { access: STAFF },
      schema: {
        summary:
          "Record a call to the patient: what was advised and how it ended; a call that closes the item ends it",
        params: IdParams,
        body: Type.Object(
          {
            advice: Text(2000),
            outcome: Type.Enum([...CALL_OUTCOMES]),
            closes: Type.Optional(Type.Boolean()),
          },
          closed,
        ),
        response: {
          201: Type.Object({ item: ItemSchema }, closed),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const { user } = caller(req);
      const clinicId = user.clinicId;
      const closes = req.body.closes ?? req.body.outcome !== "no-answer";
      const item = await ctx.db.transaction().execute(async (trx) => {
        const current = await lockItem(trx, clinicId, req.params.id);
        if (!current) throw new ApiError("not_found", "No such worklist item.");
        if (current.closedAt)
          throw new ApiError("conflict", "This item was already closed by an earlier call.");
        await recordCall(
          trx,
          clinicId,
          current.id,
          {
            patientId: current.patient.id,
            advice: req.body.advice,
            outcome: req.body.outcome,
            closes,
            by: user.id,
          },
          ctx.clock(),
        );
        await notifyLive(trx, {
          kind: "worklist",
          clinicId,
          itemId: current.id,
          change: "call",
          origin: ctx.chair.engine.instance,
        });
        await appendAudit(
          trx,
          auditEventFor(ctx, req, {
            action: "worklist.call",
            outcome: "success",
            resourceType: "patient",
            resourceId: current.patient.id,
          }),
        );
        return (await lockItem(trx, clinicId, current.id))!;
      });
      await publishItem(ctx.db, ctx.chair.hub, clinicId, item.id, "call");
      reply.code(201);
      return { item: await itemJson(ctx.db, clinicId, item) };
    },
  );
}
