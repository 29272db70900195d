CREATE SCHEMA "hsl";

--> statement-breakpoint
CREATE SEQUENCE "hsl"."id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;
--> statement-breakpoint
CREATE TABLE "hsl"."hsl_order" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"person_id" text,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"orderer" jsonb,
	"order_date" timestamp (3) with time zone,
	"provider" jsonb,
	"provider_organization_unit" jsonb,
	"provider_company" jsonb,
	"confirmer" jsonb,
	"confirmed_date" timestamp (3) with time zone,
	"investigation_id" integer,
	"execution_id" integer,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "hsl_order_tenant_updated_idx" ON "hsl"."hsl_order" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "hsl_order_client_id_idx" ON "hsl"."hsl_order" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "hsl_order_execution_id_idx" ON "hsl"."hsl_order" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE POLICY "hsl_order_tenant_isolation" ON "hsl"."hsl_order" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
