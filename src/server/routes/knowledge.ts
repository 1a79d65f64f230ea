import { Type } from "typebox";
import { PROTOCOLS } from "../../clinical/dosing";
import { COMBINATIONS, INGREDIENTS } from "../../clinical/medications/dictionary";
import { classesOfIngredient } from "../../clinical/medications/lookup";
import { CONDITIONS } from "../../clinical/screening/input";
import { SOURCES, sourceById } from "../../clinical/sources/registry";
import type { App, Context } from "../context";
import { ApiError } from "../errors";
import { protocolJson } from "../planning/dosing";
import { OrderSchema } from "../planning/schemas";
import { problemResponses } from "../schemas";

const CLINICIANS = ["physician", "nurse"] as const;
const MAX_MEDICATIONS = 20;
const closed = { additionalProperties: false } as const;

interface DictionaryName {
  readonly name: string;
  readonly ingredient: string;
  readonly classes: string[];
  /** Lower-case, for matching. */
  readonly key: string;
}

/** Every name the medication dictionary knows: ingredients, their other names, combination products. */
const DICTIONARY_NAMES: readonly DictionaryName[] = [
  ...INGREDIENTS.flatMap((e) =>
    [e.ingredient, ...e.otherNames].map((name) => ({
      name,
      ingredient: e.ingredient,
      classes: [...e.classes],
    })),
  ),
  ...COMBINATIONS.map((c) => ({
    name: c.name,
    ingredient: c.ingredients.join(" + "),
    classes: [...new Set(c.ingredients.flatMap((i) => classesOfIngredient(i)))],
  })),
]
  .map((n) => ({ ...n, key: n.name.toLowerCase() }))
  .sort((a, b) => a.key.localeCompare(b.key));

/**
 * Dictionary names matching what is typed: names starting with it first, then names containing it, each
 * alphabetically. Typing a brand or a generic name finds it.
 */
function searchMedications(q: string): DictionaryName[] {
  const needle = q.trim().toLowerCase();
  if (needle === "") return DICTIONARY_NAMES.slice(0, MAX_MEDICATIONS);
  const starts = DICTIONARY_NAMES.filter((n) => n.key.startsWith(needle));
  const contains = DICTIONARY_NAMES.filter((n) => !n.key.startsWith(needle) && n.key.includes(needle));
  return [...starts, ...contains].slice(0, MAX_MEDICATIONS);
}

const ProtocolSchema = Type.Object(
  {
    id: Type.String(),
    ruleId: Type.String(),
    version: Type.String(),
    label: Type.String(),
    indication: Type.String(),
    notes: Type.String(),
    template: Type.Union([
      Type.Object(
        {
          order: OrderSchema,
          durationMin: Type.Union([Type.Number(), Type.Null()]),
          concentrationMgPerMl: Type.Number(),
        },
        closed,
      ),
      Type.Null(),
    ]),
    sessionsPerCourse: Type.Union([Type.Integer(), Type.Null()]),
    rateCapMgPerHour: Type.Union([Type.Number(), Type.Null()]),
    limits: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          version: Type.String(),
          kind: Type.Enum(["soft", "hard"]),
          quantity: Type.String(),
          bound: Type.Enum(["max", "min"]),
          exclusive: Type.Boolean(),
          unit: Type.String(),
          limit: Type.Number(),
          rationale: Type.String(),
          sources: Type.Array(Type.String()),
          evidence: Type.Enum(["sourced", "practice-default"]),
        },
        closed,
      ),
    ),
    sources: Type.Array(Type.String()),
    evidence: Type.Enum(["sourced", "practice-default"]),
  },
  closed,
);

/** The knowledge base as the planning pages need it: screening vocabulary, medications, protocols, sources. */
export async function knowledgeRoutes(app: App, _ctx: Context): Promise<void> {
  app.get(
    "/api/knowledge/conditions",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "The history items the screening rules read",
        response: {
          200: Type.Object(
            { items: Type.Array(Type.Object({ code: Type.String(), label: Type.String() }, closed)) },
            closed,
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: Object.entries(CONDITIONS).map(([code, label]) => ({ code, label })) }),
  );

  app.get(
    "/api/knowledge/medications",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Search the medication dictionary by brand or generic name (at most 20 results)",
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }, closed),
        response: {
          200: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  { name: Type.String(), ingredient: Type.String(), classes: Type.Array(Type.String()) },
                  closed,
                ),
              ),
            },
            closed,
          ),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => ({
      items: searchMedications(req.query.q ?? "").map(({ name, ingredient, classes }) => ({
        name,
        ingredient,
        classes,
      })),
    }),
  );

  app.get(
    "/api/knowledge/protocols",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "The drug library: protocols with their templates and soft and hard limits",
        response: {
          200: Type.Object({ items: Type.Array(ProtocolSchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: PROTOCOLS.map(protocolJson) }),
  );

  app.get(
    "/api/knowledge/sources/:id",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "One reference of the knowledge base",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 20 }) }, closed),
        response: {
          200: Type.Object(
            {
              id: Type.String(),
              title: Type.String(),
              url: Type.Union([Type.String(), Type.Null()]),
              year: Type.Union([Type.Integer(), Type.Null()]),
              kind: Type.String(),
            },
            closed,
          ),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (req) => {
      const source = sourceById(req.params.id);
      if (!source) {
        throw new ApiError(
          "not_found",
          `No source ${req.params.id}; the knowledge base has ${SOURCES.length}.`,
        );
      }
      const { id, title, url, year, kind } = source;
      return { id, title, url, year, kind };
    },
  );
}
