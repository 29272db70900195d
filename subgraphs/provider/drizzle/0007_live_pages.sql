CREATE INDEX "provider_unit_tenant_live_idx" ON "provider"."provider_unit" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "executing_provider_tenant_live_idx" ON "provider"."executing_provider" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "execution_tenant_live_idx" ON "provider"."execution" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "executed_decision_tenant_live_idx" ON "provider"."executed_decision" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "executed_service_tenant_live_idx" ON "provider"."executed_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "planned_workshift_tenant_live_idx" ON "provider"."planned_workshift" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "planning_unit_tenant_live_idx" ON "provider"."planning_unit" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_personnel_tenant_live_idx" ON "provider"."provider_personnel" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_personnel_unit_access_tenant_live_idx" ON "provider"."provider_personnel_unit_access" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "personnel_tenant_live_idx" ON "provider"."personnel" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_administrator_tenant_live_idx" ON "provider"."provider_administrator" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_tenant_live_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_headline_tenant_live_idx" ON "provider"."provider_headline" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "provider_note_tenant_live_idx" ON "provider"."provider_note" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "service_headline_tenant_live_idx" ON "provider"."service_headline" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "implementation_plan_tenant_live_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "reported_visit_tenant_live_idx" ON "provider"."reported_visit" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "reported_workshift_tenant_live_idx" ON "provider"."reported_workshift" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "planned_workload_tenant_live_idx" ON "provider"."planned_workload" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
