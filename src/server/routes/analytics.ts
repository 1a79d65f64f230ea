import { Type } from "typebox";
import { CATALOGUE } from "../../clinical/catalogue";
import type { OnsetWindow } from "../../clinical/catalogue/types";
import { incidencePer100, type Proportion, responseRate, wilson } from "../../clinical/followup/analytics";
import { IMMPACT_RESPONSE } from "../../clinical/outcomes/response";
import {
  alertBurden,
  type Grouping,
  type IncidenceRow,
  incidence,
  type OnsetRow,
  type Period,
  reportedOnsets,
  responseRates,
} from "../../store/analytics";
import { appendAudit } from "../../store/audit";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { IsoDate, problemResponses } from "../schemas";

const READERS = ["physician", "admin"] as const;
const closed = { additionalProperties: false } as const;
const DAY_MS = 86_400_000;

/**
 * Reporting bands of the dose per infusion (mg/kg): upper bounds, ascending. A reporting choice, not a limit:
 * the library's limits are in the drug library.
 */
export const DOSE_BANDS_MG_PER_KG = [1, 2, 4] as const;
const bandLabel = (index: number) => {
  const b = DOSE_BANDS_MG_PER_KG;
  if (index === 0) return `below ${b[0]} mg/kg`;
  if (index >= b.length) return `${b[b.length - 1]} mg/kg or more`;
  return `${b[index - 1]} to below ${b[index]} mg/kg`;
};

/** The figure at which a fall in pain counts as a response: IMMPACT's "moderately important". */
const RESPONDER_PERCENT = IMMPACT_RESPONSE.minimumReduction.find((m) => m.class === "moderate")!.percent;

const ci = (p: Proportion | null): [number, number] | null => (p ? [round(p.lower), round(p.upper)] : null);
const round = (n: number) => Math.round(n * 10) / 10;

/** Each catalogue effect's incidence in one group, beside the catalogue's literature range. */
function incidenceOf(rows: readonly IncidenceRow[], group: string) {
  const total = rows.find((r) => r.group === group && r.sideEffectId === null)?.infusions ?? 0;
  return CATALOGUE.map((entry) => {
    const infusions = rows.find((r) => r.group === group && r.sideEffectId === entry.id)?.infusions ?? 0;
    const p = incidencePer100(infusions, total);
    return {
      sideEffectId: entry.id,
      name: entry.clinicalName,
      infusions,
      total,
      per100: p ? round(p.estimate) : null,
      ci95: ci(p),
      literature: entry.incidence.text,
    };
  });
}

const groupsOf = (rows: readonly IncidenceRow[]) => [...new Set(rows.map((r) => r.group))].sort();

function periodOf(query: { from: string; to: string }): Period {
  const from = new Date(`${query.from}T00:00:00.000Z`);
  const last = new Date(`${query.to}T00:00:00.000Z`);
  if (Number.isNaN(from.getTime())) {
    throw new ApiError("validation.failed", "from is not a date.", [
      { path: "/from", message: "must be a date" },
    ]);
  }
  if (Number.isNaN(last.getTime()) || last < from) {
    throw new ApiError("validation.failed", "to must be a date on or after from.", [
      { path: "/to", message: "must be a date on or after from" },
    ]);
  }
  return { from, to: new Date(last.getTime() + DAY_MS) };
}

async function analytics(ctx: Context, clinicId: string, period: Period) {
  const byGroup = (g: Grouping) => incidence(ctx.db, clinicId, period, g, DOSE_BANDS_MG_PER_KG);
  const [all, protocol, doseBand, response, alerts, onsets] = await Promise.all([
    byGroup("all"),
    byGroup("protocol"),
    byGroup("dose-band"),
    responseRates(ctx.db, clinicId, period, RESPONDER_PERCENT),
    alertBurden(ctx.db, clinicId, period),
    reportedOnsets(ctx.db, clinicId, period),
  ]);
  return {
    infusions: alerts.infusions,
    incidence: incidenceOf(all, "all"),
    byProtocol: groupsOf(protocol).map((group) => ({ group, incidence: incidenceOf(protocol, group) })),
    byDoseBand: groupsOf(doseBand).map((group) => ({
      group,
      label: bandLabel(Number(group)),
      incidence: incidenceOf(doseBand, group),
    })),
    response: response.map((r) => {
      const p = responseRate(r.responders, r.assessed);
      return { ...r, ratePercent: p ? round(p.estimate) : null, ci95: ci(p) };
    }),
    alerts: {
      infusions: alerts.infusions,
      alerts: alerts.alerts,
      perInfusion: alerts.infusions === 0 ? null : round(alerts.alerts / alerts.infusions),
      shareAcknowledged: wilson(alerts.acknowledged, alerts.alerts),
      shareActedOn: wilson(alerts.actedOn, alerts.alerts),
    },
    onset: onsets.map(onsetJson),
    method: `Wilson 95% intervals; response is a fall in pain of ${RESPONDER_PERCENT}% or more (IMMPACT) from before the infusion to the patient's follow-up report.`,
  };
}

/** The reporting buckets that fall inside each of the catalogue's onset windows. */
type Bucket = "beforeDischarge" | "withinDay" | "withinTwoWeeks" | "later";
const WINDOW_BUCKETS: Record<OnsetWindow, readonly Bucket[]> = {
  "during-infusion": ["beforeDischarge"],
  "within-hours": ["beforeDischarge", "withinDay"],
  "within-days": ["withinDay", "withinTwoWeeks"],
  "repeated-use": ["withinTwoWeeks", "later"],
};

/** Reported onsets of one effect beside the catalogue's onset windows for it. */
function onsetJson(row: OnsetRow) {
  const entry = CATALOGUE.find((e) => e.id === row.sideEffectId);
  const buckets = new Set((entry?.onset ?? []).flatMap((w) => WINDOW_BUCKETS[w]));
  const within = [...buckets].reduce((t, b) => t + row[b], 0);
  const p = wilson(within, row.reports);
  return {
    ...row,
    name: entry?.clinicalName ?? row.sideEffectId,
    catalogueOnset: entry?.onsetText ?? null,
    medianHours: round(row.medianHours),
    withinCataloguePercent: p ? round(p.estimate) : null,
    ci95: ci(p),
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Clinic benefit–risk analytics, computed by the database over the per-infusion summaries. */
export async function analyticsRoutes(app: App, ctx: Context): Promise<void> {
  const Query = Type.Object({ from: IsoDate, to: IsoDate }, closed);

  app.get(
    "/api/analytics",
    {
      config: { access: READERS },
      schema: {
        summary:
          "Side-effect incidence per 100 infusions with 95% CIs (overall, by protocol, by dose band), response rates, alert burden",
        querystring: Query,
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const period = periodOf(req.query);
      const result = await analytics(ctx, clinicId, period);
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, { action: "analytics.read", outcome: "success", resourceType: "analytics" }),
      );
      return { from: req.query.from, to: req.query.to, ...result };
    },
  );

  app.get(
    "/api/analytics/export.csv",
    {
      config: { access: READERS },
      schema: {
        summary: "The incidence table as CSV: one row per grouping, group and side effect",
        querystring: Query,
        response: { 200: Type.String({ description: "text/csv" }), ...problemResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const clinicId = caller(req).user.clinicId;
      const a = await analytics(ctx, clinicId, periodOf(req.query));
      await appendAudit(
        ctx.db,
        auditEventFor(ctx, req, {
          action: "analytics.export",
          outcome: "success",
          resourceType: "analytics",
        }),
      );
      const rows = [
        [
          "grouping",
          "group",
          "side_effect",
          "infusions_with_effect",
          "infusions",
          "per_100",
          "ci95_low",
          "ci95_high",
        ],
        ...[
          ...[{ grouping: "all", group: "all", incidence: a.incidence }],
          ...a.byProtocol.map((g) => ({ grouping: "protocol", group: g.group, incidence: g.incidence })),
          ...a.byDoseBand.map((g) => ({ grouping: "dose band", group: g.label, incidence: g.incidence })),
        ].flatMap((g) =>
          g.incidence.map((i) => [
            g.grouping,
            g.group,
            i.sideEffectId,
            i.infusions,
            i.total,
            i.per100,
            i.ci95?.[0],
            i.ci95?.[1],
          ]),
        ),
      ];
      reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="ketaguard-incidence-${req.query.from}-${req.query.to}.csv"`,
        );
      return reply.send(`${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`);
    },
  );
}
