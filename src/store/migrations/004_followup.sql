-- After the infusion: what patients report (check-ins and symptom reports, with the triage the rules gave),
-- the clinic's follow-up worklist as a log of events, reminders waiting to be delivered, and each clinic's
-- settings as versions. Reports and worklist events are append-only.

CREATE TABLE patient_reports (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  -- The infusion the report follows (the patient's latest before it), so onset can be checked against it.
  session_id uuid,
  -- Which scheduled check-in it answers ('24h', '72h', '7d', …), or null for a report made at any time.
  slot text,
  client_id text NOT NULL,
  answers jsonb NOT NULL,
  triage jsonb NOT NULL,
  level text NOT NULL CHECK (level IN ('emergency', 'call-back', 'self-care', 'none')),
  onset_at timestamptz,
  submitted_at timestamptz NOT NULL,
  submitted_by uuid NOT NULL,
  kb_version text NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, patient_id, client_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES infusion_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, submitted_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX patient_reports_patient_idx ON patient_reports (clinic_id, patient_id, submitted_at);
CREATE INDEX patient_reports_session_idx ON patient_reports (clinic_id, session_id);
CREATE TRIGGER patient_reports_append_only BEFORE UPDATE OR DELETE ON patient_reports
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A worklist item is opened by a report that needs the clinic or by an overdue check-in, and closed by a call.
CREATE TABLE worklist_events (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  item_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('opened', 'call')),
  -- What an opened item is about ('report:<id>', 'overdue:<session>:<slot>'): one item per topic.
  topic text,
  patient_id uuid NOT NULL,
  report_id uuid,
  priority text CHECK (priority IN ('high', 'medium', 'low')),
  reason jsonb,
  -- For a call: what was advised, how it ended, and whether it closes the item.
  advice text,
  outcome text,
  closes boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL,
  by_user uuid,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, report_id) REFERENCES patient_reports (clinic_id, id),
  FOREIGN KEY (clinic_id, by_user) REFERENCES users (clinic_id, id)
);
CREATE INDEX worklist_events_item_idx ON worklist_events (clinic_id, item_id, seq);
-- One item per topic: a retried submission or a second instance cannot open a second item.
CREATE UNIQUE INDEX worklist_events_topic_key ON worklist_events (clinic_id, topic) WHERE kind = 'opened';
CREATE TRIGGER worklist_events_append_only BEFORE UPDATE OR DELETE ON worklist_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Messages waiting for an SMS or e-mail gateway; a delivery service marks them sent.
CREATE TABLE outbox (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  -- What the message is about, unique so a reminder is queued once however many instances look.
  topic text NOT NULL,
  template text NOT NULL,
  payload jsonb NOT NULL,
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, topic),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
);
CREATE INDEX outbox_unsent_idx ON outbox (due_at) WHERE sent_at IS NULL;

-- A clinic's settings: each change is a new version of its key; the latest version is in force.
CREATE TABLE clinic_settings (
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  key text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  value jsonb NOT NULL,
  set_at timestamptz NOT NULL,
  set_by uuid,
  reason text,
  PRIMARY KEY (clinic_id, key, version)
);
CREATE TRIGGER clinic_settings_append_only BEFORE UPDATE OR DELETE ON clinic_settings
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Analytics read completed sessions by day; side effects and alerts by session.
CREATE INDEX infusion_sessions_status_idx ON infusion_sessions (clinic_id, status, starts_at);
CREATE INDEX chart_entries_kind_idx ON chart_entries (clinic_id, kind, session_id);

-- One row per discharged infusion with what analytics need, written when the session is discharged and
-- rewritten when its chart is corrected or its follow-up pain arrives. Derived data: the chart and the reports
-- are the record, and this table can be rebuilt from them at any time.
CREATE TABLE infusion_summaries (
  clinic_id uuid NOT NULL,
  session_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  protocol_id text NOT NULL,
  indication text,
  discharged_at timestamptz NOT NULL,
  delivered_dose_mg double precision NOT NULL,
  dose_mg_per_kg double precision NOT NULL,
  -- Worst grade of each side effect charted or reported for this infusion, e.g. {"nausea": 2}.
  side_effects jsonb NOT NULL,
  side_effect_ids text[] NOT NULL,
  alerts integer NOT NULL,
  alerts_acknowledged integer NOT NULL,
  alerts_acted_on integer NOT NULL,
  pain_before double precision,
  pain_followup double precision,
  computed_at timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, session_id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES infusion_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
);
CREATE INDEX infusion_summaries_time_idx ON infusion_summaries (clinic_id, discharged_at);
CREATE INDEX infusion_summaries_patient_idx ON infusion_summaries (clinic_id, patient_id, discharged_at);

-- A physician's booking of booster infusions, with the reasons given for any soft dose limit the longer course
-- exceeds: the record of that decision (the sessions themselves are in infusion_sessions).
CREATE TABLE booster_bookings (
  clinic_id uuid NOT NULL,
  id uuid NOT NULL,
  patient_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  pattern_id text NOT NULL,
  session_ids uuid[] NOT NULL,
  override_reasons jsonb NOT NULL,
  booked_at timestamptz NOT NULL,
  booked_by uuid NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES plans (clinic_id, id),
  FOREIGN KEY (clinic_id, booked_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX booster_bookings_patient_idx ON booster_bookings (clinic_id, patient_id, booked_at);
CREATE TRIGGER booster_bookings_append_only BEFORE UPDATE OR DELETE ON booster_bookings
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
