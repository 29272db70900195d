CREATE INDEX "hsl_patient_tenant_live_idx" ON "hsl"."hsl_patient" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "hsl_order_tenant_live_idx" ON "hsl"."hsl_order" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "hsl_order_service_tenant_live_idx" ON "hsl"."hsl_order_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "hsl_performed_service_tenant_live_idx" ON "hsl"."hsl_performed_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_journal_tenant_live_idx" ON "hsl"."lifecare_hsl_journal" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_tenant_live_idx" ON "hsl"."lifecare_hsl_order" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_service_tenant_live_idx" ON "hsl"."lifecare_hsl_order_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_tenant_live_idx" ON "hsl"."lifecare_hsl_activity" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_occurrence_tenant_live_idx" ON "hsl"."lifecare_hsl_activity_occurrence" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_performed_tenant_live_idx" ON "hsl"."lifecare_hsl_activity_performed" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_execution_connection_tenant_live_idx" ON "hsl"."lifecare_hsl_order_execution_connection" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
