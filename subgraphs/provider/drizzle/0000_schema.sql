CREATE SCHEMA "provider";

--> statement-breakpoint
CREATE SEQUENCE "provider"."id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;
--> statement-breakpoint
CREATE TABLE "provider"."provider_unit" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"company_id" integer,
	"company_name" text,
	"active" boolean,
	"deleted" boolean DEFAULT false NOT NULL,
	"is_sheltered_housing" boolean,
	"name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_unit" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."executing_provider" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"execution_id" integer,
	"organization_unit" jsonb,
	"professional" jsonb,
	"co_professional" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."executing_provider" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."execution" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"person_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"service_category" jsonb,
	"service_category_id" integer,
	"service_category_name" text,
	"investigation_id" integer,
	"law" text,
	"organization_unit" jsonb,
	"provider_unit" jsonb,
	"professional" jsonb,
	"co_professional" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"end_reason_id" integer,
	"end_reason_text" text,
	"client_id" integer,
	"provider_unit_id" integer,
	"order_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."execution" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."executed_decision" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"execution_id" integer,
	"decision_id" integer,
	"decision_date" timestamp (3) with time zone,
	"decision_start_date" timestamp (3) with time zone,
	"decision_end_date" timestamp (3) with time zone,
	"executed_decision_start_date" timestamp (3) with time zone,
	"executed_decision_end_date" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."executed_decision" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."executed_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"cancelled" boolean,
	"category_id" integer,
	"category_name" text,
	"double_manning" boolean,
	"duration" text,
	"end_time" timestamp (3) with time zone,
	"name" text,
	"organization_unit" jsonb,
	"personnel" jsonb,
	"person_id" text,
	"professional" jsonb,
	"quantity" double precision,
	"reporting_system" text,
	"start_time" timestamp (3) with time zone,
	"type_id" integer,
	"type_name" text,
	"update_signature" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"visit_id" text,
	"work_type" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"execution_id" integer,
	"client_id" integer,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."executed_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."planned_workshift" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"planning_unit_id" integer,
	"start_time" timestamp (3) with time zone,
	"end_time" timestamp (3) with time zone,
	"travel_time_home" text,
	"start_position" jsonb,
	"end_position" jsonb,
	"type_of_transportation" text,
	"planned_activities" jsonb,
	"personnel" jsonb,
	"is_revoked" boolean,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."planned_workshift" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."planning_unit" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"name" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"connected_to_provider_unit_id" integer,
	"children" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."planning_unit" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "provider_unit_tenant_updated_idx" ON "provider"."provider_unit" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "executing_provider_tenant_updated_idx" ON "provider"."executing_provider" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "executing_provider_execution_id_idx" ON "provider"."executing_provider" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "executing_provider_provider_unit_id_idx" ON "provider"."executing_provider" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "execution_tenant_updated_idx" ON "provider"."execution" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "execution_client_id_idx" ON "provider"."execution" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "execution_provider_unit_id_idx" ON "provider"."execution" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "execution_order_id_idx" ON "provider"."execution" USING btree ("tenant_id","order_id");
--> statement-breakpoint
CREATE INDEX "executed_decision_tenant_updated_idx" ON "provider"."executed_decision" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "executed_decision_execution_id_idx" ON "provider"."executed_decision" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "executed_decision_decision_id_idx" ON "provider"."executed_decision" USING btree ("tenant_id","decision_id");
--> statement-breakpoint
CREATE INDEX "executed_service_tenant_updated_idx" ON "provider"."executed_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "executed_service_execution_id_idx" ON "provider"."executed_service" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "executed_service_client_id_idx" ON "provider"."executed_service" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "executed_service_provider_unit_id_idx" ON "provider"."executed_service" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "planned_workshift_tenant_updated_idx" ON "provider"."planned_workshift" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "planned_workshift_planning_unit_id_idx" ON "provider"."planned_workshift" USING btree ("tenant_id","planning_unit_id");
--> statement-breakpoint
CREATE INDEX "planning_unit_tenant_updated_idx" ON "provider"."planning_unit" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "planning_unit_connected_to_provider_unit_id_idx" ON "provider"."planning_unit" USING btree ("tenant_id","connected_to_provider_unit_id");
--> statement-breakpoint
CREATE POLICY "provider_unit_tenant_isolation" ON "provider"."provider_unit" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "executing_provider_tenant_isolation" ON "provider"."executing_provider" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "execution_tenant_isolation" ON "provider"."execution" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "executed_decision_tenant_isolation" ON "provider"."executed_decision" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "executed_service_tenant_isolation" ON "provider"."executed_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "planned_workshift_tenant_isolation" ON "provider"."planned_workshift" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "planning_unit_tenant_isolation" ON "provider"."planning_unit" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
