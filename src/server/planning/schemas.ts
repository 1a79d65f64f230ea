/**
 * JSON shapes of the evaluation and planning API. Quantities are plain numbers in fields whose name states
 * the unit. Ranges refuse values no patient or pump can have; rules that compare fields are in `checks.ts`.
 */
import { type Static, Type } from "typebox";
import { CONDITION_CODES, LAB_NAMES } from "../../clinical/screening/input";
import { DateTime, IsoDate, Text, Uuid } from "../schemas";

const closed = { additionalProperties: false } as const;
const Nrs = Type.Integer({ minimum: 0, maximum: 10, description: "0–10 numeric rating scale" });
export const DecisionSchema = Type.Enum(["eligible", "eligible-with-cautions", "not-eligible"]);
export const PersonSchema = Type.Object({ id: Uuid, name: Type.String() }, closed);

export const EvaluationContentSchema = Type.Object(
  {
    indication: Type.Object(
      {
        primary: Type.Enum([
          "crps",
          "fibromyalgia",
          "neuropathic",
          "migraine-cluster",
          "post-operative",
          "other",
        ]),
        otherText: Type.Optional(Text(500)),
        depression: Type.Boolean(),
        anxiety: Type.Boolean(),
      },
      closed,
    ),
    pain: Type.Object({ now: Nrs, average: Nrs, worst: Nrs }, closed),
    previousTreatments: Type.Array(
      Type.Object(
        {
          name: Text(200),
          effect: Type.Enum(["none", "partial", "good"]),
          notes: Type.Optional(Text(2000)),
        },
        closed,
      ),
      { maxItems: 50 },
    ),
    conditions: Type.Array(Type.Enum(CONDITION_CODES), {
      maxItems: CONDITION_CODES.length,
      uniqueItems: true,
    }),
    hypertensionControlled: Type.Optional(Type.Boolean()),
    hyperthyroidismTreated: Type.Optional(Type.Boolean()),
    psychiatricNotes: Type.Optional(Text(4000)),
    substanceUseNotes: Type.Optional(Text(4000)),
    medications: Type.Array(
      Type.Object(
        { name: Text(200), dose: Type.Optional(Text(100)), frequency: Type.Optional(Text(100)) },
        closed,
      ),
      { maxItems: 100 },
    ),
    allergies: Type.Array(Type.Object({ substance: Text(200), reaction: Type.Optional(Text(500)) }, closed), {
      maxItems: 100,
    }),
    vitals: Type.Object(
      {
        hr: Type.Number({ minimum: 20, maximum: 250, description: "beats/min" }),
        sbp: Type.Number({ minimum: 50, maximum: 300, description: "mmHg" }),
        dbp: Type.Number({ minimum: 20, maximum: 200, description: "mmHg" }),
        spo2: Type.Number({ minimum: 50, maximum: 100, description: "%" }),
        rr: Type.Number({ minimum: 4, maximum: 60, description: "breaths/min" }),
        weightKg: Type.Number({ minimum: 20, maximum: 350 }),
        heightCm: Type.Number({ minimum: 100, maximum: 250 }),
        measuredAt: DateTime,
      },
      closed,
    ),
    labs: Type.Array(
      Type.Object(
        {
          name: Type.Enum(LAB_NAMES),
          value: Type.Union([Type.Number(), Text(200)]),
          unit: Type.String({ maxLength: 30 }),
          takenOn: IsoDate,
        },
        closed,
      ),
      { maxItems: 100 },
    ),
    exposure: Type.Object(
      {
        priorInfusions: Type.Integer({ minimum: 0, maximum: 1000 }),
        lifetimeMg: Type.Number({ minimum: 0, maximum: 1_000_000 }),
      },
      closed,
    ),
  },
  closed,
);
export type EvaluationContent = Static<typeof EvaluationContentSchema>;

export const FindingSchema = Type.Object(
  {
    ruleId: Type.String(),
    ruleVersion: Type.String(),
    kbVersion: Type.String(),
    severity: Type.Enum(["contraindication", "caution", "info"]),
    title: Type.String(),
    trigger: Type.String(),
    rationale: Type.String(),
    whatToDo: Type.String(),
    sources: Type.Array(Type.String()),
    evidence: Type.Enum(["sourced", "practice-default"]),
    relatedSideEffects: Type.Array(Type.String()),
  },
  closed,
);

export const ScreeningResultSchema = Type.Object(
  { findings: Type.Array(FindingSchema), decision: DecisionSchema, kbVersion: Type.String() },
  closed,
);

const SignatureSchema = Type.Object(
  {
    decision: DecisionSchema,
    reason: Type.Union([Type.String(), Type.Null()]),
    signedAt: DateTime,
    signedBy: PersonSchema,
  },
  closed,
);

export const EvaluationSchema = Type.Object(
  {
    id: Uuid,
    patientId: Uuid,
    version: Type.Integer(),
    previousId: Type.Union([Uuid, Type.Null()]),
    status: Type.Enum(["draft", "signed"]),
    content: EvaluationContentSchema,
    findings: Type.Array(FindingSchema),
    suggestedDecision: DecisionSchema,
    kbVersion: Type.String(),
    createdAt: DateTime,
    createdBy: PersonSchema,
    signature: Type.Union([SignatureSchema, Type.Null()]),
    rulesNow: Type.Object(
      { kbVersion: Type.String(), differs: Type.Boolean(), findings: Type.Array(FindingSchema) },
      closed,
    ),
  },
  closed,
);

export const EvaluationSummarySchema = Type.Object(
  {
    id: Uuid,
    version: Type.Integer(),
    status: Type.Enum(["draft", "signed"]),
    createdAt: DateTime,
    createdBy: PersonSchema,
    signedAt: Type.Union([DateTime, Type.Null()]),
    signedBy: Type.Union([PersonSchema, Type.Null()]),
    decision: DecisionSchema,
  },
  closed,
);

const Positive = (maximum: number, description?: string) =>
  Type.Number({ exclusiveMinimum: 0, maximum, ...(description ? { description } : {}) });

export const OrderSchema = Type.Union([
  Type.Object({ kind: Type.Literal("rate-per-kg"), rateMgPerKgPerHour: Positive(20) }, closed),
  Type.Object({ kind: Type.Literal("rate"), rateMgPerHour: Positive(2000) }, closed),
  Type.Object({ kind: Type.Literal("dose-per-kg"), doseMgPerKg: Positive(50) }, closed),
  Type.Object({ kind: Type.Literal("dose"), doseMg: Positive(10_000) }, closed),
]);

export const PatternSchema = Type.Enum(["daily", "weekdays", "twice-weekly", "weekly"]);

export const PlanInputSchema = Type.Object(
  {
    protocolId: Text(64),
    infusion: Type.Object(
      {
        order: OrderSchema,
        durationMin: Type.Integer({ minimum: 1, maximum: 10_080 }),
        concentrationMgPerMl: Positive(100),
        bagVolumeMl: Positive(5000),
      },
      closed,
    ),
    bolus: Type.Optional(
      Type.Union([
        Type.Object({ doseMgPerKg: Positive(5), concentrationMgPerMl: Positive(100) }, closed),
        Type.Null(),
      ]),
    ),
    schedule: Type.Object(
      { sessions: Type.Integer({ minimum: 1, maximum: 60 }), pattern: PatternSchema },
      closed,
    ),
    premedications: Type.Array(
      Type.Object({ drug: Text(100), dose: Text(100), route: Text(20), reason: Text(500) }, closed),
      { maxItems: 20 },
    ),
    rescueMedications: Type.Array(
      Type.Object({ drug: Text(100), dose: Text(100), route: Text(20), forSideEffect: Text(100) }, closed),
      { maxItems: 20 },
    ),
    minObservationMinutes: Type.Integer({ minimum: 0, maximum: 720 }),
    // Keyed by limit id: a few dozen limits exist, so more keys than this is not a plan.
    overrideReasons: Type.Record(Type.String({ maxLength: 100 }), Text(1000), { maxProperties: 50 }),
    weightConfirmedAt: Type.Optional(DateTime),
  },
  closed,
);
export type PlanInput = Static<typeof PlanInputSchema>;

const Num = Type.Number();
const NumOrNull = Type.Union([Type.Number(), Type.Null()]);

export const ComputationSchema = Type.Object(
  {
    weightKg: Num,
    infusion: Type.Union([
      Type.Object(
        {
          orderedRateMgPerHour: Num,
          prescribedRateMgPerHour: Num,
          cappedAtMgPerHour: NumOrNull,
          pumpRateMlPerHourExact: Num,
          pumpRateMlPerHour: Num,
          rounding: Type.Enum(["nearest", "down", "up"]),
          deliveredRateMgPerHour: Num,
          deliveredRateMgPerKgPerHour: Num,
          prescribedDoseMg: Num,
          deliveredDoseMg: Num,
          durationMin: Num,
          volumeMl: Num,
          concentrationMgPerMl: Num,
          bagVolumeMl: Num,
          bagsPerInfusion: Type.Integer(),
        },
        closed,
      ),
      Type.Null(),
    ]),
    bolus: Type.Union([
      Type.Object(
        {
          doseMg: Num,
          doseMgPerKg: Num,
          volumeMl: Num,
          concentrationMgPerMl: Num,
          minimumDurationS: Num,
          durationS: Num,
          speedMgPerKgPerMin: Num,
        },
        closed,
      ),
      Type.Null(),
    ]),
    perInfusion: Type.Object(
      { totalDoseMg: Num, totalDoseMgPerKg: Num, totalVolumeMl: Num, sessionDurationMin: Num },
      closed,
    ),
    perCourse: Type.Object(
      {
        sessions: Type.Integer(),
        pastMg: Num,
        sessionsDone: Type.Integer(),
        projectedMg: Num,
        projectedMgPerKg: Num,
      },
      closed,
    ),
    lifetime: Type.Object({ pastMg: Num, afterThisInfusionMg: Num, afterCourseMg: Num }, closed),
  },
  closed,
);

export const ViolationSchema = Type.Object(
  {
    limitId: Type.String(),
    limitVersion: Type.String(),
    kind: Type.Enum(["soft", "hard"]),
    quantity: Type.String(),
    unit: Type.String(),
    value: Num,
    limit: Num,
    bound: Type.Enum(["max", "min"]),
    message: Type.String(),
    sources: Type.Array(Type.String()),
    evidence: Type.Enum(["sourced", "practice-default"]),
    overrideReason: Type.Union([Type.String(), Type.Null()]),
    ruleId: Type.String(),
    ruleVersion: Type.String(),
    kbVersion: Type.String(),
  },
  closed,
);

export const PlanVersionSchema = Type.Object(
  {
    id: Uuid,
    patientId: Uuid,
    version: Type.Integer(),
    previousId: Type.Union([Uuid, Type.Null()]),
    status: Type.Enum(["draft", "approved", "superseded"]),
    plan: PlanInputSchema,
    computation: ComputationSchema,
    violations: Type.Array(ViolationSchema),
    kbVersion: Type.String(),
    weightKg: Num,
    createdAt: DateTime,
    createdBy: PersonSchema,
    approvedAt: Type.Union([DateTime, Type.Null()]),
    approvedBy: Type.Union([PersonSchema, Type.Null()]),
  },
  closed,
);

export const SessionSchema = Type.Object(
  {
    id: Uuid,
    startsAt: DateTime,
    durationMin: Type.Integer(),
    chair: Type.Object({ id: Uuid, name: Type.String() }, closed),
    patient: Type.Object(
      { id: Uuid, mrn: Type.String(), givenName: Type.String(), familyName: Type.String() },
      closed,
    ),
    planId: Uuid,
    planVersion: Type.Integer(),
    status: Type.Enum(["scheduled", "in-progress", "completed", "cancelled"]),
    riskFlags: Type.Array(
      Type.Object(
        {
          severity: Type.Enum(["contraindication", "caution", "info"]),
          title: Type.String(),
          ruleId: Type.String(),
        },
        closed,
      ),
    ),
  },
  closed,
);
