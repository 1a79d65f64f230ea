import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { currentSettings, setSetting } from "../../store/settings";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { SETTINGS, settingDefinition } from "../followup/settings";
import { problemResponses, Text } from "../schemas";

const closed = { additionalProperties: false } as const;
const SettingSchema = Type.Object(
  {
    key: Type.String(),
    label: Type.String(),
    value: Type.Unknown(),
    default: Type.Unknown(),
    version: Type.Integer(),
    setAt: Type.Union([Type.Number(), Type.Null()]),
    setBy: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
  },
  closed,
);

/** A clinic's own settings: each change is a new version with who, when and why. */
export async function settingsRoutes(app: App, ctx: Context): Promise<void> {
  const list = async (clinicId: string) => {
    const current = await currentSettings(ctx.db, clinicId);
    return SETTINGS.map((d) => {
      const s = current.get(d.key);
      return {
        key: d.key,
        label: d.label,
        value: s ? s.value : d.default,
        default: d.default,
        version: s?.version ?? 0,
        setAt: s?.setAt.getTime() ?? null,
        setBy: s?.setBy ?? null,
        reason: s?.reason ?? null,
      };
    });
  };

  app.get(
    "/api/settings",
    {
      config: { access: ["admin"] },
      schema: {
        summary:
          "The clinic's settings with their defaults and versions (version 0: the default is in force)",
        response: {
          200: Type.Object({ items: Type.Array(SettingSchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => ({ items: await list(caller(req).user.clinicId) }),
  );

  app.put(
    "/api/settings/:key",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Set a clinic setting: stored as its next version, with the reason",
        params: Type.Object({ key: Text(100) }, closed),
        body: Type.Object({ value: Type.Unknown(), reason: Text(500) }, closed),
        response: { 200: SettingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const { user } = caller(req);
      const definition = settingDefinition(req.params.key);
      if (!definition) throw new ApiError("not_found", "No such setting.");
      const problem = definition.problem(req.body.value);
      if (problem) {
        throw new ApiError("validation.failed", `${definition.label}: ${problem}.`, [
          { path: "/value", message: problem },
        ]);
      }
      await ctx.db.transaction().execute(async (trx) => {
        await setSetting(
          trx,
          user.clinicId,
          { key: definition.key, value: req.body.value, setBy: user.id, reason: req.body.reason },
          ctx.clock(),
        );
        await appendAudit(
          trx,
          auditEventFor(ctx, req, {
            action: "setting.change",
            outcome: "success",
            resourceType: "setting",
            resourceId: definition.key,
          }),
        );
      });
      return (await list(user.clinicId)).find((s) => s.key === definition.key)!;
    },
  );
}
