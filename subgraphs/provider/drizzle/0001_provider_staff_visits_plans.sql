CREATE TABLE "provider"."provider_personnel" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"is_active" boolean,
	"person_id" text,
	"first_name" text,
	"disabled" boolean,
	"last_name" text,
	"signature" text,
	"title" text,
	"hsa_id" text,
	"phone_number" text,
	"email_address" text,
	"can_have_delegation" boolean,
	"provider_personnel_unit_access" jsonb,
	"roles" jsonb,
	"hsa_ids" jsonb,
	"user_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"full_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."personnel" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"disabled" boolean,
	"person_id" text,
	"first_name" text,
	"last_name" text,
	"signature" text,
	"title" text,
	"hsa_id" text,
	"phone_number" text,
	"email_address" text,
	"can_have_delegation" boolean,
	"active" boolean,
	"user_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"full_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"provider_personnel_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."personnel" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."provider_administrator" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"provider_admin_status" jsonb,
	"person_id" text,
	"first_name" text,
	"last_name" text,
	"is_active" boolean,
	"signature" text,
	"title" text,
	"hsa_id" text,
	"phone_number" text,
	"email_address" text,
	"roles" jsonb,
	"active" boolean,
	"user_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"addresses" jsonb,
	"phones" jsonb,
	"emails" jsonb,
	"full_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_administrator" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."provider_contact_personnel" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"client_person_id" text,
	"personnel_person_id" text,
	"provider_unit_id" integer,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer,
	"provider_personnel_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_contact_personnel" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."provider_headline" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"name" text,
	"service_category_id" integer,
	"service_category_name" text,
	"is_active" boolean,
	"help_text" text,
	"law" text,
	"phrase_texts" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_headline" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."provider_note" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"provider_unit_id" integer,
	"execution_id" integer,
	"headline_id" integer,
	"headline_name" text,
	"occurrence_date" timestamp (3) with time zone,
	"created_date" timestamp (3) with time zone,
	"created_by_id" integer,
	"modified_date" timestamp (3) with time zone,
	"modified_by_id" integer,
	"signed_by_id" integer,
	"error_marked_by_id" integer,
	"end_date" timestamp (3) with time zone,
	"is_cds" boolean,
	"person_id" text,
	"text" text,
	"created_by_first_name" text,
	"created_by_last_name" text,
	"created_by_title" text,
	"signed_date" timestamp (3) with time zone,
	"error_marked_date" timestamp (3) with time zone,
	"law" text,
	"unit_id" integer,
	"occurrence_time_utc" timestamp (3) with time zone,
	"created_by" jsonb,
	"headline" text,
	"error_marked_by" jsonb,
	"client_id" integer,
	"client_first_name" text,
	"client_last_name" text,
	"client_person_id" text,
	"signed_by" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "provider"."provider_note" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."service_headline" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"person_id" text,
	"provider_unit" jsonb,
	"service_category" jsonb,
	"service_type" jsonb,
	"icf" jsonb,
	"headline" jsonb,
	"text" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer,
	"provider_unit_id" integer,
	"execution_id" integer,
	"service_type_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."service_headline" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."implementation_plan" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"provider_unit_id" integer,
	"person_id" text,
	"established_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"client_participation" boolean,
	"client_participation_comment" text,
	"participants" jsonb,
	"other_information" jsonb,
	"services" jsonb,
	"other_services" text,
	"important_information" text,
	"follow_up_date" timestamp (3) with time zone,
	"follow_up_comment" text,
	"created_by" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer,
	"execution_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."implementation_plan" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."reported_visit" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"external_id" text,
	"reported_workshift_id" integer,
	"client_person_id" text,
	"service_category" jsonb,
	"law" text,
	"personnel_person_id" text,
	"personnel_user_id" text,
	"execution_id" integer,
	"provider_unit_id" integer,
	"start_time" timestamp (3) with time zone,
	"end_time" timestamp (3) with time zone,
	"status" text,
	"original_start_time" timestamp (3) with time zone,
	"original_end_time" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"is_double_manning" boolean,
	"planned_visit_id" text,
	"planned_workshift_id" integer,
	"services" jsonb,
	"start_quittance_type" text,
	"end_quittance_type" text,
	"start_quittance_id" text,
	"end_quittance_id" text,
	"device_id" text,
	"cancelled_reason" text,
	"cancelled_minutes" integer,
	"reporting_system" text,
	"approved" boolean,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer,
	"provider_personnel_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."reported_visit" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."reported_workshift" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"personnel_person_id" text,
	"start_time" timestamp (3) with time zone,
	"end_time" timestamp (3) with time zone,
	"device_id" text,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"provider_personnel_id" integer,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."reported_workshift" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "provider"."planned_workload" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('provider.id_seq') NOT NULL,
	"planning_unit_id" integer,
	"first_start_time" timestamp (3) with time zone,
	"last_start_time" timestamp (3) with time zone,
	"duration" integer,
	"division" jsonb,
	"competences" jsonb,
	"prio_personnels" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer,
	"execution_id" integer
);

--> statement-breakpoint
ALTER TABLE "provider"."planned_workload" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "provider_personnel_tenant_updated_idx" ON "provider"."provider_personnel" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_personnel_provider_unit_id_idx" ON "provider"."provider_personnel" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "personnel_tenant_updated_idx" ON "provider"."personnel" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "personnel_provider_personnel_id_idx" ON "provider"."personnel" USING btree ("tenant_id","provider_personnel_id");
--> statement-breakpoint
CREATE INDEX "provider_administrator_tenant_updated_idx" ON "provider"."provider_administrator" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_tenant_updated_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_client_id_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_provider_unit_id_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "provider_contact_personnel_provider_personnel_id_idx" ON "provider"."provider_contact_personnel" USING btree ("tenant_id","provider_personnel_id");
--> statement-breakpoint
CREATE INDEX "provider_headline_tenant_updated_idx" ON "provider"."provider_headline" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_note_tenant_updated_idx" ON "provider"."provider_note" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "provider_note_client_id_idx" ON "provider"."provider_note" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "provider_note_provider_unit_id_idx" ON "provider"."provider_note" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "provider_note_execution_id_idx" ON "provider"."provider_note" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "provider_note_headline_id_idx" ON "provider"."provider_note" USING btree ("tenant_id","headline_id");
--> statement-breakpoint
CREATE INDEX "provider_note_created_by_id_idx" ON "provider"."provider_note" USING btree ("tenant_id","created_by_id");
--> statement-breakpoint
CREATE INDEX "service_headline_tenant_updated_idx" ON "provider"."service_headline" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "service_headline_client_id_idx" ON "provider"."service_headline" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "service_headline_provider_unit_id_idx" ON "provider"."service_headline" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "service_headline_execution_id_idx" ON "provider"."service_headline" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "service_headline_service_type_id_idx" ON "provider"."service_headline" USING btree ("tenant_id","service_type_id");
--> statement-breakpoint
CREATE INDEX "implementation_plan_tenant_updated_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "implementation_plan_client_id_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "implementation_plan_provider_unit_id_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "implementation_plan_execution_id_idx" ON "provider"."implementation_plan" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_tenant_updated_idx" ON "provider"."reported_visit" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "reported_visit_client_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_provider_unit_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_execution_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_provider_personnel_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","provider_personnel_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_reported_workshift_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","reported_workshift_id");
--> statement-breakpoint
CREATE INDEX "reported_visit_planned_workshift_id_idx" ON "provider"."reported_visit" USING btree ("tenant_id","planned_workshift_id");
--> statement-breakpoint
CREATE INDEX "reported_workshift_tenant_updated_idx" ON "provider"."reported_workshift" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "reported_workshift_provider_personnel_id_idx" ON "provider"."reported_workshift" USING btree ("tenant_id","provider_personnel_id");
--> statement-breakpoint
CREATE INDEX "reported_workshift_provider_unit_id_idx" ON "provider"."reported_workshift" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "planned_workload_tenant_updated_idx" ON "provider"."planned_workload" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "planned_workload_planning_unit_id_idx" ON "provider"."planned_workload" USING btree ("tenant_id","planning_unit_id");
--> statement-breakpoint
CREATE INDEX "planned_workload_client_id_idx" ON "provider"."planned_workload" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "planned_workload_execution_id_idx" ON "provider"."planned_workload" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE POLICY "provider_personnel_tenant_isolation" ON "provider"."provider_personnel" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "personnel_tenant_isolation" ON "provider"."personnel" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "provider_administrator_tenant_isolation" ON "provider"."provider_administrator" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "provider_contact_personnel_tenant_isolation" ON "provider"."provider_contact_personnel" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "provider_headline_tenant_isolation" ON "provider"."provider_headline" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "provider_note_tenant_isolation" ON "provider"."provider_note" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "service_headline_tenant_isolation" ON "provider"."service_headline" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "implementation_plan_tenant_isolation" ON "provider"."implementation_plan" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "reported_visit_tenant_isolation" ON "provider"."reported_visit" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "reported_workshift_tenant_isolation" ON "provider"."reported_workshift" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "planned_workload_tenant_isolation" ON "provider"."planned_workload" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
