CREATE SCHEMA "care";

--> statement-breakpoint
CREATE SEQUENCE "care"."id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;
--> statement-breakpoint
CREATE TABLE "care"."client" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"protected_registration" boolean,
	"is_confidential" boolean,
	"active" boolean,
	"deregistration" jsonb,
	"marital_status" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"key_code" text,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"person_id" text,
	"first_name" text,
	"last_name" text,
	"full_name" text
);

--> statement-breakpoint
ALTER TABLE "care"."client" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."actualization" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"actualization_type" jsonb,
	"type" jsonb,
	"date" timestamp (3) with time zone,
	"notifier" jsonb,
	"reason" jsonb,
	"caseworker" jsonb,
	"iteration_number" integer,
	"source" jsonb,
	"lss_services" jsonb,
	"investigation_id" integer,
	"decision_id" integer,
	"service_categories" jsonb,
	"person_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."actualization" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."investigation" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"caseworker" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"type" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"law" text,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."investigation" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."sol_decision" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"investigation_id" integer,
	"person_id" text,
	"code" jsonb,
	"type" jsonb,
	"date" timestamp (3) with time zone,
	"from_date" timestamp (3) with time zone,
	"to_date" timestamp (3) with time zone,
	"reason" jsonb,
	"caseworker" jsonb,
	"service_category" jsonb,
	"hour" double precision,
	"hour_type" jsonb,
	"amount" double precision,
	"amount_type" jsonb,
	"quantity" double precision,
	"quantity_type" jsonb,
	"visit" double precision,
	"visit_type" jsonb,
	"decision_level" jsonb,
	"day" double precision,
	"day_type" jsonb,
	"execution_start_date" timestamp (3) with time zone,
	"execution_end_date" timestamp (3) with time zone,
	"iteration_number" integer,
	"days_of_decision" double precision,
	"order_ids" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."sol_decision" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."lss_decision" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_category1" boolean,
	"person_category2" boolean,
	"person_category3" boolean,
	"person_category3_p" boolean,
	"increased_hourly_amount" double precision,
	"standard_amount" double precision,
	"sfb_caseworker" jsonb,
	"person_category_id" integer,
	"law" integer,
	"investigation_id" integer,
	"person_id" text,
	"code" jsonb,
	"type" jsonb,
	"date" timestamp (3) with time zone,
	"from_date" timestamp (3) with time zone,
	"to_date" timestamp (3) with time zone,
	"reason" jsonb,
	"caseworker" jsonb,
	"service_category" jsonb,
	"hour" double precision,
	"hour_type" jsonb,
	"amount" double precision,
	"amount_type" jsonb,
	"quantity" double precision,
	"quantity_type" jsonb,
	"visit" double precision,
	"visit_type" jsonb,
	"decision_level" jsonb,
	"day" double precision,
	"day_type" jsonb,
	"execution_start_date" timestamp (3) with time zone,
	"execution_end_date" timestamp (3) with time zone,
	"iteration_number" integer,
	"days_of_decision" double precision,
	"order_ids" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."lss_decision" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."decision_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"decision_id" integer,
	"service_type" jsonb,
	"details" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "care"."decision_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."order" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"service_category_id" integer,
	"service_category_name" text,
	"investigation_id" integer,
	"execution_id" integer,
	"order_date" timestamp (3) with time zone,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"status" text,
	"orderer" jsonb,
	"provider" jsonb,
	"company" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"update_signature" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."order" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."ordered_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"order_id" integer,
	"decision_id" integer,
	"service_type" jsonb,
	"service_type_id" integer,
	"service_type_name" text,
	"icf" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"hours" jsonb,
	"quantity" jsonb,
	"visits" jsonb,
	"amount" jsonb,
	"details" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "care"."ordered_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."service_configuration" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"type_id" integer,
	"type_name" text,
	"category_id" integer,
	"category_name" text,
	"parent_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"display_order" integer,
	"level" integer,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "care"."service_configuration" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."service_period" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"execution_id" integer,
	"service_type" jsonb,
	"service_type_id" integer,
	"service_type_name" text,
	"icf" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"details" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."service_period" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."client_absence" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"reason" jsonb,
	"note" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."client_absence" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."contact" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"relation" text,
	"note" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"first_name" text,
	"last_name" text,
	"full_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."contact" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."relative" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"relation" text,
	"note" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"first_name" text,
	"last_name" text,
	"full_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."relative" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "client_tenant_updated_idx" ON "care"."client" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "actualization_tenant_updated_idx" ON "care"."actualization" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "actualization_client_id_idx" ON "care"."actualization" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "actualization_investigation_id_idx" ON "care"."actualization" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE INDEX "investigation_tenant_updated_idx" ON "care"."investigation" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "investigation_client_id_idx" ON "care"."investigation" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "sol_decision_tenant_updated_idx" ON "care"."sol_decision" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "sol_decision_client_id_idx" ON "care"."sol_decision" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "sol_decision_investigation_id_idx" ON "care"."sol_decision" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE INDEX "lss_decision_tenant_updated_idx" ON "care"."lss_decision" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lss_decision_client_id_idx" ON "care"."lss_decision" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lss_decision_investigation_id_idx" ON "care"."lss_decision" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE INDEX "decision_service_tenant_updated_idx" ON "care"."decision_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "decision_service_decision_id_idx" ON "care"."decision_service" USING btree ("tenant_id","decision_id");
--> statement-breakpoint
CREATE INDEX "order_tenant_updated_idx" ON "care"."order" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "order_client_id_idx" ON "care"."order" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "order_investigation_id_idx" ON "care"."order" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE INDEX "order_provider_unit_id_idx" ON "care"."order" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "order_execution_id_idx" ON "care"."order" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "ordered_service_tenant_updated_idx" ON "care"."ordered_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "ordered_service_order_id_idx" ON "care"."ordered_service" USING btree ("tenant_id","order_id");
--> statement-breakpoint
CREATE INDEX "ordered_service_decision_id_idx" ON "care"."ordered_service" USING btree ("tenant_id","decision_id");
--> statement-breakpoint
CREATE INDEX "ordered_service_service_type_id_idx" ON "care"."ordered_service" USING btree ("tenant_id","service_type_id");
--> statement-breakpoint
CREATE INDEX "service_configuration_tenant_updated_idx" ON "care"."service_configuration" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "service_period_tenant_updated_idx" ON "care"."service_period" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "service_period_client_id_idx" ON "care"."service_period" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "service_period_execution_id_idx" ON "care"."service_period" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "client_absence_tenant_updated_idx" ON "care"."client_absence" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "client_absence_client_id_idx" ON "care"."client_absence" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "contact_tenant_updated_idx" ON "care"."contact" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "contact_client_id_idx" ON "care"."contact" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "relative_tenant_updated_idx" ON "care"."relative" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "relative_client_id_idx" ON "care"."relative" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE POLICY "client_tenant_isolation" ON "care"."client" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "actualization_tenant_isolation" ON "care"."actualization" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "investigation_tenant_isolation" ON "care"."investigation" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "sol_decision_tenant_isolation" ON "care"."sol_decision" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lss_decision_tenant_isolation" ON "care"."lss_decision" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "decision_service_tenant_isolation" ON "care"."decision_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "order_tenant_isolation" ON "care"."order" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "ordered_service_tenant_isolation" ON "care"."ordered_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "service_configuration_tenant_isolation" ON "care"."service_configuration" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "service_period_tenant_isolation" ON "care"."service_period" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "client_absence_tenant_isolation" ON "care"."client_absence" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "contact_tenant_isolation" ON "care"."contact" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "relative_tenant_isolation" ON "care"."relative" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
