import { Type } from "typebox";
import { effectiveEntries, history } from "../../clinical/chair/corrections";
import { dischargeSheet } from "../../clinical/chair/discharge-sheet";
import type { EntryBody } from "../../clinical/chair/entries";
import { predictedConcentration } from "../../clinical/chair/timeline";
import { appendAudit } from "../../store/audit";
import { sessionsChangedSince } from "../../store/chart";
import { findClinic } from "../../store/clinics";
import { sessionsBetween, sessionsById } from "../../store/schedule";
import { findSession } from "../../store/sessions";
import { listUsers } from "../../store/users";
import { SESSION_COOKIE } from "../access";
import type { BoardCard } from "../chair/engine";
import { formatEvent } from "../chair/hub";
import { BoardCardSchema, ChartEntrySchema, EntryRequestSchema, entryBodyErrors } from "../chair/schemas";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { IdParams, IsoDate, problemResponses } from "../schemas";
import { sessionTokenHash } from "../tokens";

const STAFF = ["physician", "nurse"] as const;
const closed = { additionalProperties: false } as const;
const DAY_MS = 86_400_000;
/** Replay reaches this far behind the id the browser last saw: entries committed out of order are not lost. */
const REPLAY_MARGIN = 5_000;
/** How often a stream checks that the sign-in it was opened with is still valid. */
const SIGN_IN_CHECK_MS = 15_000;

/** Who recorded or acknowledged what: entries and alerts carry user ids, screens show names. */
const StaffSchema = Type.Array(Type.Object({ id: Type.String(), name: Type.String() }, closed));
async function staffNames(db: Context["db"], clinicId: string) {
  const users = await listUsers(db, clinicId);
  return users.filter((u) => u.role !== "patient").map((u) => ({ id: u.id, name: u.name }));
}

const dayBounds = (date: string) => {
  const from = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime())) {
    throw new ApiError("validation.failed", "date is not a calendar date.", [
      { path: "/date", message: "must be a date written YYYY-MM-DD" },
    ]);
  }
  return { from, to: new Date(from.getTime() + DAY_MS) };
};

/** The floor board, its live stream, and everything charted at the chair. */
export async function chairRoutes(app: App, ctx: Context): Promise<void> {
  const { engine, hub } = ctx.chair;

  app.get(
    "/api/board",
    {
      config: { access: STAFF },
      schema: {
        summary: "Every session of a day (UTC) as the floor board shows it",
        querystring: Type.Object({ date: IsoDate }, closed),
        response: {
          200: Type.Object(
            {
              date: IsoDate,
              now: Type.Number(),
              chairs: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }, closed)),
              cards: Type.Array(BoardCardSchema),
              staff: StaffSchema,
            },
            closed,
          ),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const { from, to } = dayBounds(req.query.date);
      const sessions = (await sessionsBetween(ctx.db, clinicId, from, to)).filter(
        (s) => s.status !== "cancelled",
      );
      const cards = await engine.cards(ctx.db, clinicId, sessions);
      const chairs = [...new Map(sessions.map((s) => [s.chair.id, s.chair])).values()];
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "board.read",
          outcome: "success",
          resourceType: "board",
          resourceId: req.query.date,
        }),
      );
      return {
        date: req.query.date,
        now: ctx.clock().getTime(),
        chairs,
        cards,
        staff: await staffNames(ctx.db, clinicId),
      };
    },
  );

  app.get(
    "/api/board/events",
    {
      config: { access: STAFF },
      schema: {
        summary:
          "Live floor-board events (text/event-stream): `card` when a session changes, `alert` for alert changes; send Last-Event-ID to replay",
        response: { ...problemResponses(401, 403) },
      },
    },
    async (req, reply) => {
      const auth = caller(req);
      const clinicId = auth.user.clinicId;
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, { action: "board.stream", outcome: "success", resourceType: "board" }),
      );
      const lastId = Number(req.headers["last-event-id"]);
      const replay: { id: number; card: BoardCard }[] = [];
      if (Number.isFinite(lastId) && lastId > 0) {
        const changed = await sessionsChangedSince(ctx.db, clinicId, Math.max(0, lastId - REPLAY_MARGIN));
        const seqOf = new Map(changed.map((c) => [c.sessionId, c.seq]));
        const sessions = await sessionsById(ctx.db, clinicId, [...seqOf.keys()]);
        for (const card of await engine.cards(ctx.db, clinicId, sessions)) {
          replay.push({ id: seqOf.get(card.session.id)!, card });
        }
        replay.sort((a, b) => a.id - b.id);
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no",
        "x-content-type-options": "nosniff",
        // The stream has the connection to itself: when it ends, so does the connection (shutdown is not held up).
        connection: "close",
      });
      res.write(
        `retry: 2000\n${formatEvent({ event: "hello", data: { now: ctx.clock().getTime(), instance: engine.instance } })}`,
      );
      for (const { id, card } of replay) res.write(formatEvent({ event: "card", id, data: card }));
      const unsubscribe = hub.subscribe(clinicId, res);
      // The stream outlives requests: it ends when the sign-in it was opened with ends.
      const token = req.cookies[SESSION_COOKIE] ?? "";
      const check = setInterval(async () => {
        const session = await findSession(ctx.db, sessionTokenHash(token)).catch(() => null);
        if (!session || ctx.clock().getTime() - session.lastSeenAt.getTime() > ctx.sessionIdleMs) res.end();
      }, SIGN_IN_CHECK_MS);
      check.unref();
      res.on("close", () => {
        clearInterval(check);
        unsubscribe();
      });
    },
  );

  app.get(
    "/api/sessions/:id/chart",
    {
      config: { access: STAFF },
      schema: {
        summary:
          "A session's chart: the live view, every entry with its corrections, and the predicted concentration",
        params: IdParams,
        response: {
          200: Type.Object(
            {
              card: BoardCardSchema,
              facts: Type.Object({}, { additionalProperties: true }),
              history: Type.Array(Type.Object({}, { additionalProperties: true })),
              staff: StaffSchema,
              pk: Type.Object(
                {
                  at: Type.Array(Type.Number()),
                  concentrationMgPerL: Type.Array(Type.Number()),
                  forecastFrom: Type.Union([Type.Number(), Type.Null()]),
                },
                closed,
              ),
            },
            closed,
          ),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const chart = await engine.chart(ctx.db, clinicId, req.params.id);
      if (!chart) throw new ApiError("not_found", "No such session.");
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "chart.read",
          outcome: "success",
          resourceType: "session",
          resourceId: req.params.id,
        }),
      );
      return {
        card: chart.card,
        facts: chart.facts,
        history: history(chart.entries),
        staff: await staffNames(ctx.db, clinicId),
        pk: predictedConcentration(chart.facts, effectiveEntries(chart.entries), ctx.clock().getTime()),
      };
    },
  );

  app.post(
    "/api/sessions/:id/entries",
    {
      config: { access: STAFF },
      schema: {
        summary:
          "Chart one entry (idempotent by clientId); a correction names the entry it amends and a reason",
        params: IdParams,
        body: EntryRequestSchema,
        response: {
          200: Type.Object(
            { entry: ChartEntrySchema, card: BoardCardSchema, replayed: Type.Boolean() },
            closed,
          ),
          201: Type.Object(
            { entry: ChartEntrySchema, card: BoardCardSchema, replayed: Type.Boolean() },
            closed,
          ),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const { user } = caller(req);
      const { clientId, at, amends, reason } = req.body;
      const invalid = entryBodyErrors(req.body.body, "/body");
      if (invalid.length > 0) {
        const summary = invalid.map((e) => `${e.path} ${e.message}`).join("; ");
        throw new ApiError("validation.failed", `The request body is not valid: ${summary}.`, invalid);
      }
      const body = req.body.body as EntryBody;
      if ((amends === undefined) !== (reason === undefined)) {
        throw new ApiError("validation.failed", "A correction needs both amends and reason.", [
          { path: amends === undefined ? "/amends" : "/reason", message: "is required with the other" },
        ]);
      }
      if (body.kind === "entered-in-error" && amends === undefined) {
        throw new ApiError("validation.failed", "entered-in-error must name the entry it withdraws.", [
          { path: "/amends", message: "is required" },
        ]);
      }
      const event = (outcome: "success" | "failure") =>
        auditEventFor(ctx, req, {
          action: amends ? "chart.correct" : `chart.${body.kind}`,
          outcome,
          resourceType: "session",
          resourceId: req.params.id,
        });
      let written: Awaited<ReturnType<typeof engine.write>>;
      try {
        written = await engine.write(
          ctx.db,
          user.clinicId,
          [
            {
              sessionId: req.params.id,
              entries: [
                {
                  clientId,
                  at: new Date(at),
                  body,
                  amends: amends ?? null,
                  reason: reason ?? null,
                  source: "manual",
                },
              ],
            },
          ],
          { userId: user.id, role: user.role },
          { audit: [event("success")] },
        );
      } catch (err) {
        if (err instanceof ApiError) await appendAudit(ctx.db, event("failure"));
        throw err;
      }
      const stored = written.get(req.params.id)!.stored[0]!;
      const card = await engine.card(ctx.db, user.clinicId, req.params.id);
      reply.code(stored.replayed ? 200 : 201);
      return { entry: stored.entry, card: card!, replayed: stored.replayed };
    },
  );

  app.get(
    "/api/sessions/:id/discharge-sheet",
    {
      config: { access: STAFF },
      schema: {
        summary: "The patient's printable discharge sheet in plain words",
        params: IdParams,
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const chart = await engine.chart(ctx.db, clinicId, req.params.id);
      if (!chart) throw new ApiError("not_found", "No such session.");
      const clinic = await findClinic(ctx.db, clinicId);
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "discharge-sheet.read",
          outcome: "success",
          resourceType: "session",
          resourceId: req.params.id,
        }),
      );
      return dischargeSheet({
        facts: chart.facts,
        view: chart.card.view,
        entries: chart.entries,
        patientName: `${chart.card.session.patient.givenName} ${chart.card.session.patient.familyName}`,
        clinicName: clinic?.name ?? "",
        clinicPhone: clinic?.phone ?? null,
        now: ctx.clock().getTime(),
      });
    },
  );
}
