CREATE INDEX "tenant_tenant_live_idx" ON "iam"."tenant" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "user_tenant_live_idx" ON "iam"."user" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "role_tenant_live_idx" ON "iam"."role" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
--> statement-breakpoint
CREATE INDEX "role_assignment_tenant_live_idx" ON "iam"."role_assignment" USING btree ("tenant_id","updated_at","id") WHERE not "deleted";
