DROP INDEX "iam"."tenant_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "iam"."user_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "iam"."role_tenant_updated_idx";
--> statement-breakpoint
DROP INDEX "iam"."role_assignment_tenant_updated_idx";
--> statement-breakpoint
CREATE INDEX "tenant_tenant_updated_idx" ON "iam"."tenant" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "user_tenant_updated_idx" ON "iam"."user" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "role_tenant_updated_idx" ON "iam"."role" USING btree ("tenant_id","updated_at","id","deleted");
--> statement-breakpoint
CREATE INDEX "role_assignment_tenant_updated_idx" ON "iam"."role_assignment" USING btree ("tenant_id","updated_at","id","deleted");
