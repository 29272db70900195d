CREATE TABLE "iam"."api_client" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp (3) with time zone
);

--> statement-breakpoint
ALTER TABLE "iam"."api_client" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."client_certificate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"subject" text,
	"not_after" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "client_certificate_fingerprint_check" CHECK ("iam"."client_certificate"."fingerprint" ~ '^[0-9a-f]{64}$')
);

--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."licence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"package" text NOT NULL,
	"scope" text NOT NULL,
	"provider_units" integer[],
	"subject_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "licence_scope_check" CHECK ("iam"."licence"."scope" = 'tenant'
      or ("iam"."licence"."scope" = 'provider' and cardinality("iam"."licence"."provider_units") > 0)
      or ("iam"."licence"."scope" = 'subject' and "iam"."licence"."subject_id" is not null))
);

--> statement-breakpoint
ALTER TABLE "iam"."licence" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."api_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"licence_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"label" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone
);

--> statement-breakpoint
ALTER TABLE "iam"."api_key" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ADD CONSTRAINT "client_certificate_client_id_api_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "iam"."api_client"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD CONSTRAINT "licence_client_id_api_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "iam"."api_client"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "iam"."api_key" ADD CONSTRAINT "api_key_licence_id_licence_id_fk" FOREIGN KEY ("licence_id") REFERENCES "iam"."licence"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "api_client_tenant_name_idx" ON "iam"."api_client" USING btree ("tenant_id","name");
--> statement-breakpoint
CREATE UNIQUE INDEX "client_certificate_client_fingerprint_idx" ON "iam"."client_certificate" USING btree ("tenant_id","client_id","fingerprint");
--> statement-breakpoint
CREATE UNIQUE INDEX "licence_client_package_idx" ON "iam"."licence" USING btree ("tenant_id","client_id","package");
--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_prefix_idx" ON "iam"."api_key" USING btree ("prefix");
--> statement-breakpoint
CREATE INDEX "api_key_licence_idx" ON "iam"."api_key" USING btree ("tenant_id","licence_id");
--> statement-breakpoint
CREATE POLICY "api_client_tenant_isolation" ON "iam"."api_client" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "client_certificate_tenant_isolation" ON "iam"."client_certificate" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "licence_tenant_isolation" ON "iam"."licence" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "api_key_tenant_isolation" ON "iam"."api_key" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
