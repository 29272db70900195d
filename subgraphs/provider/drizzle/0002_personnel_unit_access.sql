CREATE TABLE "provider"."provider_personnel_unit_access" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"unit_id" integer,
	"unit_name" text,
	"active_from_date" timestamp (3) with time zone,
	"active_to_date" timestamp (3) with time zone,
	"provider_unit_roles" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"provider_personnel_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel_unit_access" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "provider_personnel_unit_access_tenant_updated_idx" ON "provider"."provider_personnel_unit_access" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_personnel_unit_access_provider_personnel_id_idx" ON "provider"."provider_personnel_unit_access" USING btree ("tenant_id","provider_personnel_id");
--> statement-breakpoint
CREATE INDEX "provider_personnel_unit_access_unit_id_idx" ON "provider"."provider_personnel_unit_access" USING btree ("tenant_id","unit_id");
--> statement-breakpoint
CREATE POLICY "provider_personnel_unit_access_tenant_isolation" ON "provider"."provider_personnel_unit_access" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
