/** Request and response schemas of the chair routes; bodies mirror `EntryBody` in the clinical core. */
import type { FastifySchemaValidationError } from "fastify";
import { Type } from "typebox";
import { Compile } from "typebox/compile";
import { SIDE_EFFECT_IDS } from "../../clinical/catalogue/types";
import { DOSE_UNITS, GATE_ITEMS, ROUTES, SCORE_SCALES, STOP_REASONS } from "../../clinical/chair/entries";
import type { FieldError } from "../errors";
import { SessionSchema } from "../planning/schemas";
import { DateTime, Text, Uuid } from "../schemas";
import { fieldErrors } from "../validation";

const closed = { additionalProperties: false } as const;
const Note = Type.Optional(Text(2000));
const Reason = Text(500, { minLength: 1 });
const Rate = Type.Number({ exclusiveMinimum: 0, maximum: 1000, description: "mg/h" });
const SideEffectIdSchema = Type.Enum([...SIDE_EFFECT_IDS]);
const kind = <K extends string>(k: K) => Type.Literal(k);

/** Plausibility bounds: outside them a value is a typing or device error, refused with the field named. */
export const VitalFields = {
  hr: Type.Optional(Type.Number({ minimum: 0, maximum: 300, description: "beats/min" })),
  sbp: Type.Optional(Type.Number({ minimum: 0, maximum: 300, description: "mm[Hg]" })),
  dbp: Type.Optional(Type.Number({ minimum: 0, maximum: 250, description: "mm[Hg]" })),
  spo2: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: "%" })),
  rr: Type.Optional(Type.Number({ minimum: 0, maximum: 80, description: "breaths/min" })),
};

const ENTRY_BODIES = [
  Type.Object(
    {
      kind: kind("gate-check"),
      item: Type.Enum([...GATE_ITEMS]),
      outcome: Type.Enum(["confirmed", "not-applicable"]),
      note: Note,
    },
    closed,
  ),
  Type.Object({ kind: kind("gate-override"), reason: Reason }, closed),
  Type.Object({ kind: kind("vitals"), baseline: Type.Optional(Type.Boolean()), ...VitalFields }, closed),
  Type.Object(
    {
      kind: kind("score"),
      scale: Type.Enum([...SCORE_SCALES]),
      value: Type.Number({ minimum: -5, maximum: 100 }),
      // Item scores of a multi-item instrument (e.g. the modified Aldrete), so its own pass rule can decide.
      items: Type.Optional(
        Type.Record(Type.String({ maxLength: 40 }), Type.Number({ minimum: -5, maximum: 10 })),
      ),
    },
    closed,
  ),
  Type.Object({ kind: kind("infusion-start"), rateMgPerHour: Rate }, closed),
  Type.Object({ kind: kind("rate-change"), rateMgPerHour: Rate, reason: Reason }, closed),
  Type.Object({ kind: kind("pause"), reason: Reason }, closed),
  Type.Object({ kind: kind("resume"), rateMgPerHour: Rate }, closed),
  Type.Object({ kind: kind("stop"), reason: Type.Enum([...STOP_REASONS]), note: Note }, closed),
  Type.Object(
    {
      kind: kind("side-effect"),
      sideEffectId: SideEffectIdSchema,
      grade: Type.Enum([1, 2, 3, 4, 5]),
      note: Note,
    },
    closed,
  ),
  Type.Object({ kind: kind("side-effect-resolved"), sideEffectId: SideEffectIdSchema, note: Note }, closed),
  Type.Object(
    {
      kind: kind("intervention"),
      forSideEffect: Type.Optional(SideEffectIdSchema),
      forAlert: Type.Optional(Text(200)),
      action: Type.Union([
        Type.Object(
          {
            type: kind("drug"),
            drug: Text(200, { minLength: 1 }),
            dose: Type.Number({ exclusiveMinimum: 0, maximum: 100_000 }),
            doseUnit: Type.Enum([...DOSE_UNITS]),
            route: Type.Enum([...ROUTES]),
          },
          closed,
        ),
        Type.Object({ type: kind("non-drug"), text: Text(500, { minLength: 1 }) }, closed),
      ]),
    },
    closed,
  ),
  Type.Object(
    {
      kind: kind("alert-ack"),
      alertKey: Text(200, { minLength: 1 }),
      raisedAt: Type.Integer({ minimum: 0 }),
    },
    closed,
  ),
  Type.Object({ kind: kind("escort"), present: Type.Boolean(), name: Type.Optional(Text(200)) }, closed),
  Type.Object(
    { kind: kind("monitor"), deviceId: Type.Union([Text(100, { minLength: 1 }), Type.Null()]) },
    closed,
  ),
  Type.Object({ kind: kind("discharge"), note: Note }, closed),
  Type.Object({ kind: kind("entered-in-error") }, closed),
];

const BODY_BY_KIND = new Map(
  ENTRY_BODIES.map((schema) => [(schema.properties.kind as { const: string }).const, Compile(schema)]),
);

/**
 * The entry body as the route schema checks it: a known kind. The rest is checked against that kind's own
 * schema (`entryBodyErrors`), so an error names the field of the kind that was meant, not of the first kind
 * in a union.
 */
export const EntryBodySchema = Type.Object(
  { kind: Type.Enum([...BODY_BY_KIND.keys()]) },
  {
    additionalProperties: true,
    description: "One EntryBody (src/clinical/chair/entries.ts): the fields depend on kind",
  },
);

/** Errors of an entry body against its kind's schema, with paths under `prefix`; empty when valid. */
export function entryBodyErrors(body: { kind: string }, prefix: string): FieldError[] {
  const check = BODY_BY_KIND.get(body.kind)!;
  if (check.Check(body)) return [];
  const errors = check.Errors(body) as unknown as FastifySchemaValidationError[];
  return fieldErrors(errors.map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` })));
}

export const ClientId = Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9._:-]+$" });

export const EntryRequestSchema = Type.Object(
  {
    clientId: ClientId,
    at: DateTime,
    body: EntryBodySchema,
    amends: Type.Optional(Uuid),
    reason: Type.Optional(Reason),
  },
  closed,
);

/** Derived content (the session view, chart entries) is described in the clinical core's types. */
const Described = (description: string) => Type.Object({}, { additionalProperties: true, description });

export const BoardCardSchema = Type.Object(
  {
    session: SessionSchema,
    view: Described("SessionView (src/clinical/chair/view.ts)"),
  },
  closed,
);

export const ChartEntrySchema = Described("ChartEntry (src/clinical/chair/entries.ts)");

export const ReadingSchema = Type.Object(
  {
    deviceId: Text(100, { minLength: 1 }),
    clientId: ClientId,
    at: DateTime,
    ...VitalFields,
  },
  closed,
);

export const ReadingsRequestSchema = Type.Object(
  { readings: Type.Array(ReadingSchema, { minItems: 1, maxItems: 1000 }) },
  closed,
);
