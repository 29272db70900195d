CREATE TABLE "iam"."user" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('iam.id_seq') NOT NULL,
	"person_id" text,
	"hsa_id" text,
	"network_user_id" text,
	"vrk_id" text,
	"first_name" text,
	"last_name" text,
	"full_name" text,
	"description" text,
	"valid_from" timestamp (3) with time zone,
	"valid_to" timestamp (3) with time zone,
	"disabled" boolean,
	"logon_types" jsonb,
	"password" text,
	"tss_id" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "iam"."user" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."role" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('iam.id_seq') NOT NULL,
	"name" text,
	"tss_id" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "iam"."role" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "iam"."role_assignment" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('iam.id_seq') NOT NULL,
	"valid_from" timestamp (3) with time zone,
	"valid_to" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"user_id" integer,
	"role_id" integer,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "iam"."role_assignment" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "user_tenant_updated_idx" ON "iam"."user" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "role_tenant_updated_idx" ON "iam"."role" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "role_assignment_tenant_updated_idx" ON "iam"."role_assignment" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "role_assignment_user_id_idx" ON "iam"."role_assignment" USING btree ("tenant_id","user_id");
--> statement-breakpoint
CREATE INDEX "role_assignment_role_id_idx" ON "iam"."role_assignment" USING btree ("tenant_id","role_id");
--> statement-breakpoint
CREATE INDEX "role_assignment_provider_unit_id_idx" ON "iam"."role_assignment" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE POLICY "user_tenant_isolation" ON "iam"."user" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "role_tenant_isolation" ON "iam"."role" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "role_assignment_tenant_isolation" ON "iam"."role_assignment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
