CREATE INDEX "housing_apartment_tenant_live_idx" ON "housing"."housing_apartment" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "housing_apartment_event_tenant_live_idx" ON "housing"."housing_apartment_event" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "housing_application_event_tenant_live_idx" ON "housing"."housing_application_event" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
