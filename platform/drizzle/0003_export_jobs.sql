-- Export jobs (BI-grade data access, rest-facade/src/exports): one row per job, its state and the
-- keyset cursor of the last page written, so a job resumes after a restart where it stopped.
-- Row-level security per tenant like every table; the job runner finds the jobs to resume or
-- expire across tenants only through platform.export_job_index() (ids, states and times: no data).
CREATE TABLE platform.export_job (
  id uuid NOT NULL,
  tenant_id text NOT NULL,
  client_id text NOT NULL,
  client_name text,
  key_id text NOT NULL,
  package text NOT NULL,
  scope jsonb NOT NULL,
  ip text,
  path text NOT NULL,
  format text NOT NULL,
  gzip boolean NOT NULL DEFAULT false,
  params jsonb NOT NULL DEFAULT '{}',
  state text NOT NULL DEFAULT 'queued',
  phase text NOT NULL DEFAULT 'read',
  cursor text,
  rows bigint NOT NULL DEFAULT 0,
  bytes bigint NOT NULL DEFAULT 0,
  spool_bytes bigint NOT NULL DEFAULT 0,
  percent real NOT NULL DEFAULT 0,
  -- modification-time range the rows fall in (ms since the epoch), for the progress estimate
  range_from bigint,
  range_to bigint,
  etag text,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  expires_at timestamptz NOT NULL,
  CONSTRAINT export_job_state_check CHECK (state IN ('queued', 'running', 'done', 'failed')),
  CONSTRAINT export_job_phase_check CHECK (phase IN ('read', 'convert', 'finished')),
  CONSTRAINT export_job_format_check CHECK (format IN ('ndjson', 'csv', 'parquet')),
  PRIMARY KEY (tenant_id, id)
);
--> statement-breakpoint
CREATE INDEX export_job_tenant_client_idx ON platform.export_job (tenant_id, client_id, created_at);
--> statement-breakpoint
CREATE INDEX export_job_state_idx ON platform.export_job (state, expires_at);
--> statement-breakpoint
ALTER TABLE platform.export_job ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform.export_job FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY export_job_tenant ON platform.export_job FOR ALL
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), ''))
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
-- The owner (who runs the index function below) reads every tenant's jobs; the app role does not.
DO $$ BEGIN
  EXECUTE format('CREATE POLICY export_job_owner_index ON platform.export_job FOR SELECT TO %I USING (true)', current_user);
END $$;
--> statement-breakpoint
CREATE FUNCTION platform.export_job_index()
  RETURNS TABLE (tenant_id text, id uuid, state text, expires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT j.tenant_id, j.id, j.state, j.expires_at FROM platform.export_job j
    WHERE j.state IN ('queued', 'running') OR j.expires_at < now()
    ORDER BY j.created_at
$$;
