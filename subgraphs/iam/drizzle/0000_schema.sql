CREATE SCHEMA "iam";

--> statement-breakpoint
CREATE SEQUENCE "iam"."id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;
--> statement-breakpoint
CREATE TABLE "iam"."tenant" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('iam.id_seq') NOT NULL,
	"domain" text NOT NULL,
	"name" text NOT NULL,
	"municipality_code" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "iam"."tenant" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "tenant_tenant_updated_idx" ON "iam"."tenant" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE POLICY "tenant_tenant_isolation" ON "iam"."tenant" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
