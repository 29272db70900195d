-- Operations (issue 17; service description ch. 4, 5.5, 7): service windows, maintenance switch,
-- incidents for the status page (all installation-wide: windows apply to every customer), and the
-- resident register (KIR) notification batches received per tenant and environment (per tenant: RLS).
-- Installation-wide tables are readable by the app role; they change only inside a transaction
-- that declared itself an operator's (set_config('app.operator', 'on', true)), which only the
-- operator paths (CLI, operator GraphQL mutations) do.
CREATE TABLE platform.service_window (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  environment text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  kind text NOT NULL,
  emergency boolean NOT NULL DEFAULT false,
  description text,
  announced_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_window_environment_check CHECK (environment IN ('prod', 'utb')),
  CONSTRAINT service_window_order_check CHECK (ends_at > starts_at)
);
--> statement-breakpoint
CREATE INDEX service_window_env_time_idx ON platform.service_window (environment, ends_at);
--> statement-breakpoint
CREATE TABLE platform.maintenance (
  environment text PRIMARY KEY,
  mode text NOT NULL DEFAULT 'off',
  reason text,
  until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT maintenance_environment_check CHECK (environment IN ('prod', 'utb')),
  CONSTRAINT maintenance_mode_check CHECK (mode IN ('off', 'on', 'read-only'))
);
--> statement-breakpoint
CREATE TABLE platform.incident (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  environment text NOT NULL,
  title text NOT NULL,
  state text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  CONSTRAINT incident_environment_check CHECK (environment IN ('prod', 'utb')),
  CONSTRAINT incident_state_check CHECK (state IN ('investigating', 'identified', 'monitoring', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE platform.incident_update (
  incident_id bigint NOT NULL REFERENCES platform.incident (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  state text NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (incident_id, at)
);
--> statement-breakpoint
CREATE TABLE platform.resident_register_batch (
  tenant_id text NOT NULL,
  environment text NOT NULL,
  batch_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz,
  sha256 text NOT NULL,
  notifications integer NOT NULL,
  applied integer NOT NULL,
  unmatched integer NOT NULL,
  PRIMARY KEY (tenant_id, environment, batch_id),
  CONSTRAINT resident_register_batch_environment_check CHECK (environment IN ('prod', 'utb'))
);
--> statement-breakpoint
CREATE INDEX resident_register_batch_latest_idx ON platform.resident_register_batch (tenant_id, environment, received_at);
--> statement-breakpoint
ALTER TABLE platform.service_window ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.maintenance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.incident ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.incident_update ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.resident_register_batch ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_window_read ON platform.service_window FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY service_window_operator ON platform.service_window FOR ALL
  USING (current_setting('app.operator', true) = 'on') WITH CHECK (current_setting('app.operator', true) = 'on');
--> statement-breakpoint
CREATE POLICY maintenance_read ON platform.maintenance FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY maintenance_operator ON platform.maintenance FOR ALL
  USING (current_setting('app.operator', true) = 'on') WITH CHECK (current_setting('app.operator', true) = 'on');
--> statement-breakpoint
CREATE POLICY incident_read ON platform.incident FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY incident_operator ON platform.incident FOR ALL
  USING (current_setting('app.operator', true) = 'on') WITH CHECK (current_setting('app.operator', true) = 'on');
--> statement-breakpoint
CREATE POLICY incident_update_read ON platform.incident_update FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY incident_update_operator ON platform.incident_update FOR ALL
  USING (current_setting('app.operator', true) = 'on') WITH CHECK (current_setting('app.operator', true) = 'on');
--> statement-breakpoint
CREATE POLICY resident_register_batch_tenant ON platform.resident_register_batch FOR ALL
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), ''))
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
