-- The platform's own schema (hand-written: drizzle-kit does not model partitioned tables).
-- audit_log: who read or changed whose data (HSLF-FS 2016:40, 4 kap. 9 §), append-only for the
-- app role, partitioned by month. protected_client: the clients with protected registration or
-- confidentiality, published by care (trigger on care.client), read by every subgraph to mask.
CREATE SCHEMA IF NOT EXISTS platform;
--> statement-breakpoint
CREATE TABLE platform.audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  tenant_id text NOT NULL,
  subsystem text NOT NULL,
  component text NOT NULL,
  category text NOT NULL DEFAULT 'Application',
  activity text NOT NULL,
  principal_kind text NOT NULL,
  principal_id text NOT NULL,
  principal_name text,
  key_id text,
  package text,
  roles text[],
  units integer[],
  client_ids integer[] NOT NULL DEFAULT '{}',
  entities text[] NOT NULL DEFAULT '{}',
  record_count integer NOT NULL DEFAULT 0,
  operation text,
  fields text[],
  outcome text NOT NULL,
  ip text,
  changes jsonb,
  PRIMARY KEY (id, at),
  CONSTRAINT audit_log_subsystem_check CHECK (subsystem IN ('Ec', 'EcProvider', 'Iam')),
  CONSTRAINT audit_log_category_check CHECK (category IN ('Application', 'Security')),
  CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('ok', 'partial', 'denied', 'error'))
) PARTITION BY RANGE (at);
--> statement-breakpoint
CREATE TABLE platform.audit_log_default PARTITION OF platform.audit_log DEFAULT;
--> statement-breakpoint
CREATE INDEX audit_log_tenant_time_idx ON platform.audit_log (tenant_id, subsystem, at, id);
--> statement-breakpoint
CREATE INDEX audit_log_clients_idx ON platform.audit_log USING gin (client_ids);
--> statement-breakpoint
CREATE INDEX audit_log_principal_idx ON platform.audit_log (tenant_id, principal_kind, principal_id, at);
--> statement-breakpoint
ALTER TABLE platform.audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_tenant_read ON platform.audit_log FOR SELECT USING (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY audit_log_tenant_append ON platform.audit_log FOR INSERT WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'platform.audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON platform.audit_log
  FOR EACH ROW EXECUTE FUNCTION platform.audit_log_append_only();
--> statement-breakpoint
CREATE TABLE platform.protected_client (
  tenant_id text NOT NULL,
  client_id integer NOT NULL,
  since timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id)
);
--> statement-breakpoint
ALTER TABLE platform.protected_client ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protected_client_tenant ON platform.protected_client FOR ALL
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), ''))
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
