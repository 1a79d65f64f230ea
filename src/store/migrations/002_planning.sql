-- Evaluation and treatment planning: evaluations and their signatures, plan versions and their approvals,
-- chairs and the infusion sessions on them. Evaluations, signatures, plans and approvals are never updated:
-- a change is a new version. Sessions are schedule entries; moving one updates it and is audited.

-- One version of a patient's evaluation: the intake as entered and what the screening rules said about it.
CREATE TABLE evaluations (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  previous_id uuid,
  content jsonb NOT NULL,
  findings jsonb NOT NULL,
  suggested_decision text NOT NULL CHECK (suggested_decision IN ('eligible', 'eligible-with-cautions', 'not-eligible')),
  kb_version text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_id, version),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, previous_id) REFERENCES evaluations (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);

-- A physician's signature; one per evaluation, so a second signature is refused by the key.
CREATE TABLE evaluation_signatures (
  clinic_id uuid NOT NULL,
  evaluation_id uuid NOT NULL,
  decision text NOT NULL CHECK (decision IN ('eligible', 'eligible-with-cautions', 'not-eligible')),
  reason text,
  signed_at timestamptz NOT NULL,
  signed_by uuid NOT NULL,
  PRIMARY KEY (clinic_id, evaluation_id),
  FOREIGN KEY (clinic_id, evaluation_id) REFERENCES evaluations (clinic_id, id),
  FOREIGN KEY (clinic_id, signed_by) REFERENCES users (clinic_id, id)
);

-- One version of a treatment plan, with what the dose math and the limits said when it was saved. A course is
-- the chain of versions started by a plan without a previous one.
CREATE TABLE plans (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  course_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  previous_id uuid,
  plan jsonb NOT NULL,
  computation jsonb NOT NULL,
  violations jsonb NOT NULL,
  kb_version text NOT NULL,
  weight_kg double precision NOT NULL CHECK (weight_kg > 0),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_id, version),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, previous_id) REFERENCES plans (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX plans_course_idx ON plans (clinic_id, course_id);

-- A physician's approval of a plan version; one per version.
CREATE TABLE plan_approvals (
  clinic_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  approved_at timestamptz NOT NULL,
  approved_by uuid NOT NULL,
  PRIMARY KEY (clinic_id, plan_id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES plans (clinic_id, id),
  FOREIGN KEY (clinic_id, approved_by) REFERENCES users (clinic_id, id)
);

CREATE TABLE chairs (
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX chairs_name_key ON chairs (clinic_id, lower(name));

-- A scheduled infusion: which plan version it follows, when, and on which chair (for the infusion and the
-- observation after it).
CREATE TABLE infusion_sessions (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  chair_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  duration_min integer NOT NULL CHECK (duration_min > 0),
  status text NOT NULL CHECK (status IN ('scheduled', 'in-progress', 'completed', 'cancelled')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES plans (clinic_id, id),
  FOREIGN KEY (clinic_id, chair_id) REFERENCES chairs (clinic_id, id)
);
CREATE INDEX infusion_sessions_day_idx ON infusion_sessions (clinic_id, starts_at);
CREATE INDEX infusion_sessions_chair_idx ON infusion_sessions (clinic_id, chair_id, starts_at);
CREATE INDEX infusion_sessions_patient_idx ON infusion_sessions (clinic_id, patient_id, starts_at);
