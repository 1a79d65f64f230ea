import { type Static, Type } from "typebox";
import { ERRORS } from "./errors";

/** Strings are bounded everywhere: no field accepts unlimited text. */
export const Text = (maxLength: number, opts: { minLength?: number } = {}) =>
  Type.String({ minLength: opts.minLength ?? 1, maxLength });

export const Uuid = Type.String({ format: "uuid", maxLength: 36 });
export const IsoDate = Type.String({ format: "date", maxLength: 10 });
export const DateTime = Type.String({ format: "date-time", maxLength: 40 });
export const Email = Type.String({ format: "email", minLength: 3, maxLength: 254 });
export const RoleSchema = Type.Enum(["admin", "physician", "nurse", "patient"]);
export const SexSchema = Type.Enum(["female", "male", "other", "unknown"]);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  code: Type.Enum(Object.keys(ERRORS)),
  detail: Type.String(),
  requestId: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
});

export const MeSchema = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    clinicId: Uuid,
    clinicName: Type.String(),
    patientId: Type.Union([Uuid, Type.Null()]),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof MeSchema>;

export const SessionSchema = Type.Object(
  { user: MeSchema, csrfToken: Type.String() },
  { additionalProperties: false },
);

const Weight = Type.Object(
  { kg: Type.Number({ exclusiveMinimum: 0, maximum: 700 }), measuredOn: IsoDate },
  { additionalProperties: false },
);
const Height = Type.Object(
  { cm: Type.Number({ exclusiveMinimum: 0, maximum: 300 }), measuredOn: IsoDate },
  { additionalProperties: false },
);
const Allergy = Type.Object(
  { substance: Text(200), reaction: Type.Optional(Text(500)) },
  { additionalProperties: false },
);
const Condition = Type.Object(
  {
    code: Text(64),
    label: Text(200),
    since: Type.Optional(Text(32)),
    controlled: Type.Optional(Type.Boolean()),
    notes: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
const Medication = Type.Object(
  { name: Text(200), dose: Type.Optional(Text(100)), frequency: Type.Optional(Text(100)) },
  { additionalProperties: false },
);

const patientFields = {
  mrn: Text(64),
  givenName: Text(100),
  familyName: Text(100),
  dateOfBirth: IsoDate,
  sex: SexSchema,
  weight: Type.Optional(Type.Union([Weight, Type.Null()])),
  height: Type.Optional(Type.Union([Height, Type.Null()])),
  allergies: Type.Array(Allergy, { maxItems: 100 }),
  conditions: Type.Array(Condition, { maxItems: 100 }),
  medications: Type.Array(Medication, { maxItems: 100 }),
};

export const PatientInputSchema = Type.Object(patientFields, { additionalProperties: false });
export type PatientInput = Static<typeof PatientInputSchema>;

export const PatientChangesSchema = Type.Object(
  {
    changes: Type.Partial(Type.Object(patientFields), { additionalProperties: false, minProperties: 1 }),
    reason: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);

export const PatientSchema = Type.Object(
  {
    ...patientFields,
    weight: Type.Union([Weight, Type.Null()]),
    height: Type.Union([Height, Type.Null()]),
    id: Uuid,
    version: Type.Integer(),
    updatedAt: DateTime,
  },
  { additionalProperties: false },
);

export const PatientSummarySchema = Type.Object(
  {
    id: Uuid,
    mrn: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    dateOfBirth: IsoDate,
    sex: SexSchema,
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    active: Type.Boolean(),
    patientId: Type.Union([Uuid, Type.Null()]),
    lastLoginAt: Type.Union([DateTime, Type.Null()]),
  },
  { additionalProperties: false },
);

/** A new password: the length bounds here; the content rules are checked by the password policy. */
export const NewPassword = Type.String({ minLength: 1, maxLength: 200 });

/** Error responses every route may give, for the OpenAPI document. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));
