-- Export job leases: several facade processes may resume the same job after a restart; exactly one
-- runs it. A runner claims a job with one conditional UPDATE (owner, lease_until) that succeeds only
-- when nobody holds a live lease; every checkpoint renews the lease and is written only while the
-- runner still owns it. Plain row updates: no advisory or session locks, so PgBouncer's
-- transaction pooling is fine. A runner that dies loses its lease when lease_until passes.
ALTER TABLE platform.export_job ADD COLUMN owner text;
--> statement-breakpoint
ALTER TABLE platform.export_job ADD COLUMN lease_until timestamptz;
--> statement-breakpoint
DROP FUNCTION platform.export_job_index();
--> statement-breakpoint
CREATE FUNCTION platform.export_job_index()
  RETURNS TABLE (tenant_id text, id uuid, state text, expires_at timestamptz, leased boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT j.tenant_id, j.id, j.state, j.expires_at, coalesce(j.lease_until > clock_timestamp(), false)
    FROM platform.export_job j
    WHERE j.state IN ('queued', 'running') OR j.expires_at < now()
    ORDER BY j.created_at
$$;
