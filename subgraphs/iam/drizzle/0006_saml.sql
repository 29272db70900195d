CREATE TABLE "iam"."idp_config" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"metadata_xml" text NOT NULL,
	"entity_id" text NOT NULL,
	"loa" text NOT NULL,
	"profile" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);

--> statement-breakpoint
ALTER TABLE "iam"."idp_config" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "idp_config_tenant_isolation" ON "iam"."idp_config" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
