CREATE INDEX "client_tenant_live_idx" ON "care"."client" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "actualization_tenant_live_idx" ON "care"."actualization" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "investigation_tenant_live_idx" ON "care"."investigation" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "sol_decision_tenant_live_idx" ON "care"."sol_decision" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "lss_decision_tenant_live_idx" ON "care"."lss_decision" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "decision_service_tenant_live_idx" ON "care"."decision_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "order_tenant_live_idx" ON "care"."order" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "ordered_service_tenant_live_idx" ON "care"."ordered_service" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "service_configuration_tenant_live_idx" ON "care"."service_configuration" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "service_period_tenant_live_idx" ON "care"."service_period" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "client_absence_tenant_live_idx" ON "care"."client_absence" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "contact_tenant_live_idx" ON "care"."contact" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "relative_tenant_live_idx" ON "care"."relative" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "headline_tenant_live_idx" ON "care"."headline" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "documentation_tenant_live_idx" ON "care"."documentation" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "general_note_tenant_live_idx" ON "care"."general_note" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "ibic_assessment_tenant_live_idx" ON "care"."ibic_assessment" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "ibic_assessment_area_tenant_live_idx" ON "care"."ibic_assessment_area" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "ibic_assessment_general_goal_tenant_live_idx" ON "care"."ibic_assessment_general_goal" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
