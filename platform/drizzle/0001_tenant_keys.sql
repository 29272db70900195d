-- Every primary and unique key contains tenant_id, so the schema can be distributed by tenant
-- (Citus: distribution column tenant_id; docs/scale-out.md). audit_log's key must also keep the
-- partition column `at`.
ALTER TABLE platform.audit_log DROP CONSTRAINT audit_log_pkey;
--> statement-breakpoint
ALTER TABLE platform.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (tenant_id, id, at);
