CREATE TABLE "iam"."api_key_usage" (
	"tenant_id" text NOT NULL,
	"key_id" text NOT NULL,
	"minute" timestamp (3) with time zone NOT NULL,
	"requests" bigint DEFAULT 0 NOT NULL,
	"rows" bigint DEFAULT 0 NOT NULL,
	"rejects" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "api_key_usage_tenant_id_key_id_minute_pk" PRIMARY KEY("tenant_id","key_id","minute")
);

--> statement-breakpoint
ALTER TABLE "iam"."api_key_usage" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."credential_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"detail" jsonb
);

--> statement-breakpoint
ALTER TABLE "iam"."credential_audit" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD COLUMN "limits" jsonb;
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD COLUMN "no_certificate" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD COLUMN "allowed_addresses" text[];
--> statement-breakpoint
CREATE INDEX "credential_audit_tenant_at_idx" ON "iam"."credential_audit" USING btree ("tenant_id","at");
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD CONSTRAINT "licence_no_certificate_check" CHECK (not "iam"."licence"."no_certificate" or cardinality("iam"."licence"."allowed_addresses") > 0);
--> statement-breakpoint
CREATE POLICY "api_key_usage_tenant_isolation" ON "iam"."api_key_usage" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "credential_audit_tenant_isolation" ON "iam"."credential_audit" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
