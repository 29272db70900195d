DROP INDEX "provider"."provider_unit_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."executing_provider_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."execution_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."executed_decision_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."executed_service_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."planned_workshift_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."planning_unit_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_personnel_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_personnel_unit_access_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."personnel_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_administrator_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_contact_personnel_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_headline_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."provider_note_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."service_headline_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."implementation_plan_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."reported_visit_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."reported_workshift_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "provider"."planned_workload_tenant_updated_idx";
--> statement-breakpoint
CREATE INDEX "provider_unit_tenant_updated_idx" ON "provider"."provider_unit" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "executing_provider_tenant_updated_idx" ON "provider"."executing_provider" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "execution_tenant_updated_idx" ON "provider"."execution" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "executed_decision_tenant_updated_idx" ON "provider"."executed_decision" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "executed_service_tenant_updated_idx" ON "provider"."executed_service" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "planned_workshift_tenant_updated_idx" ON "provider"."planned_workshift" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "planning_unit_tenant_updated_idx" ON "provider"."planning_unit" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_personnel_tenant_updated_idx" ON "provider"."provider_personnel" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_personnel_unit_access_tenant_updated_idx" ON "provider"."provider_personnel_unit_access" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "personnel_tenant_updated_idx" ON "provider"."personnel" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_administrator_tenant_updated_idx" ON "provider"."provider_administrator" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_tenant_updated_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_headline_tenant_updated_idx" ON "provider"."provider_headline" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "provider_note_tenant_updated_idx" ON "provider"."provider_note" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "service_headline_tenant_updated_idx" ON "provider"."service_headline" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "implementation_plan_tenant_updated_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "reported_visit_tenant_updated_idx" ON "provider"."reported_visit" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "reported_workshift_tenant_updated_idx" ON "provider"."reported_workshift" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "planned_workload_tenant_updated_idx" ON "provider"."planned_workload" USING btree ("tenant_id","updated_at","id","deleted");
