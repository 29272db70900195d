ALTER TABLE "provider"."reported_visit" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- ReportedVisit's natural key (externalId, reportingSystem): later live duplicates marked deleted, the first made kept
with dup as (
  select tenant_id, id, min(id) over (partition by tenant_id, "external_id", "reporting_system") as keep from "provider"."reported_visit" where not deleted and "external_id" is not null and "reporting_system" is not null
)
update "provider"."reported_visit" x set deleted = true, "updated_at" = now()
from dup where dup.id <> dup.keep and x.tenant_id = dup.tenant_id and x.id = dup.id;
--> statement-breakpoint
CREATE UNIQUE INDEX "reported_visit_external_id_reporting_system_key" ON "provider"."reported_visit" USING btree ("tenant_id","external_id","reporting_system") WHERE not "deleted";
