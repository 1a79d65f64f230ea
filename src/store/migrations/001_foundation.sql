-- Foundation: tenants (clinics), accounts, sessions, patients with append-only versions, and the audit chain.
-- Every clinical table is keyed (clinic_id, id) so the data can be sharded by clinic. No triggers: rules live
-- in the application, where they are tested.

CREATE TABLE clinics (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX clinics_name_key ON clinics (lower(name));

-- The current state of each patient: the columns lists and searches need, copied from the latest version.
CREATE TABLE patients (
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  id uuid NOT NULL,
  mrn text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  date_of_birth date NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  current_version integer NOT NULL CHECK (current_version >= 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id)
);
CREATE UNIQUE INDEX patients_mrn_key ON patients (clinic_id, lower(mrn));
CREATE INDEX patients_name_idx ON patients (clinic_id, lower(family_name), lower(given_name));
CREATE INDEX patients_dob_idx ON patients (clinic_id, date_of_birth);

CREATE TABLE users (
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  id uuid NOT NULL,
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'physician', 'nurse', 'patient')),
  patient_id uuid,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  -- A patient account is linked to exactly one patient; staff accounts to none.
  CHECK ((role = 'patient') = (patient_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_patient_key ON users (clinic_id, patient_id) WHERE patient_id IS NOT NULL;

-- Each row is one full version of a patient record, with who recorded it, when and why. Never updated.
CREATE TABLE patient_versions (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  data jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by uuid NOT NULL,
  reason text,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_id, version),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
);

-- Server-side sessions. Only a hash of the token is stored, so a copy of this table cannot sign anyone in.
CREATE TABLE sessions (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (clinic_id, user_id);

-- Append-only audit trail. seq is gapless and assigned under an advisory lock; each hash covers the previous
-- hash and this entry, so any edit, deletion or reordering breaks the chain from that entry on.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  actor_email text,
  action text NOT NULL,
  resource_type text,
  resource_id text,
  clinic_id uuid,
  request_id text,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_clinic_idx ON audit_log (clinic_id, seq DESC);
