CREATE TABLE "hsl"."hsl_patient" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"journal_start_date" timestamp (3) with time zone,
	"journal_end_date" timestamp (3) with time zone,
	"organization_unit_id" text,
	"organization_unit_name" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."hsl_patient" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."hsl_order_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"hsl_order_id" integer,
	"service_type" jsonb,
	"service_text" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_signature" text,
	"details" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."hsl_performed_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"kva_services" jsonb,
	"hsl_service_id" integer,
	"hsl_service_name" text,
	"performed" boolean,
	"performed_date_time" timestamp (3) with time zone,
	"performed_by_nurse" boolean,
	"performed_by_physiotherapist" boolean,
	"performed_by_occupational_therapist" boolean,
	"performed_by_dietician" boolean,
	"performed_by_curator" boolean,
	"performed_by_speech_therapist" boolean,
	"performed_by_psychologist" boolean,
	"performed_by_other" boolean,
	"hsl_journal_organization_unit" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"has_comment" boolean,
	"deleted" boolean DEFAULT false NOT NULL,
	"hsl_order_service_id" integer,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."hsl_performed_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_journal" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"journal_id" integer,
	"customer_number" integer,
	"person_id" text,
	"person_name" text,
	"organization_unit" jsonb,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"end_reason" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_journal" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_order" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"order_id" integer,
	"patient_person_id" text,
	"patient_organization_id" integer,
	"patient_organization_unit_id" text,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"orderer_id" integer,
	"orderer_name" text,
	"order_date" timestamp (3) with time zone,
	"receiver_provider_unit_id" integer,
	"receiver_provider_unit_name" text,
	"confirmer_id" integer,
	"confirmer_name" text,
	"confirmed_date" timestamp (3) with time zone,
	"l_hsl_journal_id" integer,
	"error_marked_by_id" integer,
	"error_marked_name" text,
	"error_marked_date" timestamp (3) with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"order_text" text,
	"start_time" text,
	"end_time" text,
	"created_by" jsonb,
	"updated_by" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_order_service" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"activity_id" integer,
	"care_process_id" integer,
	"activity_type" text,
	"is_when_needed" boolean,
	"prescription_cause" text,
	"kva_codes" jsonb,
	"description" text,
	"duration" text,
	"nurse" boolean,
	"physiotherapist" boolean,
	"occupational_therapist" boolean,
	"other_profession" boolean,
	"dietician" boolean,
	"curator" boolean,
	"speech_therapist" boolean,
	"psychologist" boolean,
	"other_healthcare_professionals" boolean,
	"other_personnel" boolean,
	"assistant_nurse" boolean,
	"time_specified" boolean,
	"created_by" jsonb,
	"modified_by" jsonb,
	"modified_comment" text,
	"signed_by" jsonb,
	"error_marked_date_time" timestamp (3) with time zone,
	"error_marked_by_name" text,
	"error_marked_by_signature" text,
	"error_marked_by_role" text,
	"feedback" text,
	"when_during_day" integer,
	"when_during_day_text" text,
	"inactivated_date" timestamp (3) with time zone,
	"inactivated_by_id" integer,
	"inactivated_sign" text,
	"inactivated_name" text,
	"inactivated_by_role" text,
	"change_set_id" text,
	"is_medication" boolean,
	"delegation_mode" text,
	"tasks" jsonb,
	"time_window_mode" text,
	"time_window" jsonb,
	"is_journal_closed" boolean,
	"is_care_process_closed" boolean,
	"l_hsl_order_activities" jsonb,
	"all_day_times_per_day" integer,
	"kva_code" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"lifecare_hsl_order_id" integer,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_service" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_activity" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"care_process_id" integer,
	"patient_person_id" text,
	"patient_name" text,
	"l_hsl_journal_id" integer,
	"type" text,
	"kva_code" jsonb,
	"description" text,
	"is_when_needed" boolean,
	"prescription_cause" text,
	"time_specified" boolean,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"duration" text,
	"time_window_mode" text,
	"time_window" jsonb,
	"r_rule" text,
	"r_rule_summary_swedish" text,
	"r_rule_summary_british" text,
	"when_during_day" integer,
	"when_during_day_text" text,
	"all_day_times_per_day" integer,
	"nurse" boolean,
	"physiotherapist" boolean,
	"occupational_therapist" boolean,
	"dietician" boolean,
	"curator" boolean,
	"speech_therapist" boolean,
	"psychologist" boolean,
	"other_personnel" boolean,
	"feedback" text,
	"no_notification" boolean,
	"is_medication" boolean,
	"is_planned" boolean,
	"times" jsonb,
	"delegation_mode" text,
	"tasks" jsonb,
	"extra_kva_codes" jsonb,
	"goals" jsonb,
	"planned_measured_types" jsonb,
	"created_by" jsonb,
	"modified_by" jsonb,
	"modified_comment" text,
	"signed_by" jsonb,
	"error_marked_by" jsonb,
	"inactivated_by" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"system_end_time" timestamp (3) with time zone,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_activity_occurrence" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"kva_codes" jsonb,
	"planned_dates" jsonb,
	"planned_perform_by" jsonb,
	"journal_organization_unit" jsonb,
	"perform_at_provider_unit" jsonb,
	"perform_at_external_unit" jsonb,
	"period_start" timestamp (3) with time zone,
	"period_end" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"activity_id" integer,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_occurrence" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_activity_performed" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"care_process_id" integer,
	"activity_id" integer,
	"curator" boolean,
	"dietitian" boolean,
	"nurse" boolean,
	"occupational_therapist" boolean,
	"other_personnel" boolean,
	"physiotherapist" boolean,
	"psychologist" boolean,
	"speech_therapist" boolean,
	"activity_type" text,
	"planned_time" timestamp (3) with time zone,
	"performed_time" timestamp (3) with time zone,
	"performed" boolean,
	"time_specified" boolean,
	"result" text,
	"reason_not_performed" text,
	"measured_values" jsonb,
	"created_by" jsonb,
	"modified_by" jsonb,
	"signed_by" jsonb,
	"error_marked_by" jsonb,
	"modified_comment" text,
	"activity_performed_kvas" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"system_end_time" timestamp (3) with time zone,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_performed" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "hsl"."lifecare_hsl_order_execution_connection" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('hsl.id_seq') NOT NULL,
	"hsl_order_id" integer,
	"execution_id" integer,
	"provider_unit_id" integer,
	"provider_unit_name" text,
	"organization_id" integer,
	"organization_unit_id" text,
	"professional_id" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_execution_connection" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "hsl_patient_tenant_updated_idx" ON "hsl"."hsl_patient" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "hsl_patient_client_id_idx" ON "hsl"."hsl_patient" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "hsl_order_service_tenant_updated_idx" ON "hsl"."hsl_order_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "hsl_order_service_hsl_order_id_idx" ON "hsl"."hsl_order_service" USING btree ("tenant_id","hsl_order_id");
--> statement-breakpoint
CREATE INDEX "hsl_order_service_client_id_idx" ON "hsl"."hsl_order_service" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "hsl_performed_service_tenant_updated_idx" ON "hsl"."hsl_performed_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "hsl_performed_service_hsl_order_service_id_idx" ON "hsl"."hsl_performed_service" USING btree ("tenant_id","hsl_order_service_id");
--> statement-breakpoint
CREATE INDEX "hsl_performed_service_client_id_idx" ON "hsl"."hsl_performed_service" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_journal_tenant_updated_idx" ON "hsl"."lifecare_hsl_journal" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_journal_client_id_idx" ON "hsl"."lifecare_hsl_journal" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_tenant_updated_idx" ON "hsl"."lifecare_hsl_order" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_l_hsl_journal_id_idx" ON "hsl"."lifecare_hsl_order" USING btree ("tenant_id","l_hsl_journal_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_receiver_provider_unit_id_idx" ON "hsl"."lifecare_hsl_order" USING btree ("tenant_id","receiver_provider_unit_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_client_id_idx" ON "hsl"."lifecare_hsl_order" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_service_tenant_updated_idx" ON "hsl"."lifecare_hsl_order_service" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_service_lifecare_hsl_order_id_idx" ON "hsl"."lifecare_hsl_order_service" USING btree ("tenant_id","lifecare_hsl_order_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_service_activity_id_idx" ON "hsl"."lifecare_hsl_order_service" USING btree ("tenant_id","activity_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_service_client_id_idx" ON "hsl"."lifecare_hsl_order_service" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_tenant_updated_idx" ON "hsl"."lifecare_hsl_activity" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_l_hsl_journal_id_idx" ON "hsl"."lifecare_hsl_activity" USING btree ("tenant_id","l_hsl_journal_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_client_id_idx" ON "hsl"."lifecare_hsl_activity" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_occurrence_tenant_updated_idx" ON "hsl"."lifecare_hsl_activity_occurrence" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_occurrence_activity_id_idx" ON "hsl"."lifecare_hsl_activity_occurrence" USING btree ("tenant_id","activity_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_occurrence_client_id_idx" ON "hsl"."lifecare_hsl_activity_occurrence" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_performed_tenant_updated_idx" ON "hsl"."lifecare_hsl_activity_performed" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_performed_activity_id_idx" ON "hsl"."lifecare_hsl_activity_performed" USING btree ("tenant_id","activity_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_activity_performed_client_id_idx" ON "hsl"."lifecare_hsl_activity_performed" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_execution_connection_tenant_updated_idx" ON "hsl"."lifecare_hsl_order_execution_connection" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_execution_connection_hsl_order_id_idx" ON "hsl"."lifecare_hsl_order_execution_connection" USING btree ("tenant_id","hsl_order_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_execution_connection_execution_id_idx" ON "hsl"."lifecare_hsl_order_execution_connection" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "lifecare_hsl_order_execution_connection_provider_unit_id_idx" ON "hsl"."lifecare_hsl_order_execution_connection" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "hsl_order_investigation_id_idx" ON "hsl"."hsl_order" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE POLICY "hsl_patient_tenant_isolation" ON "hsl"."hsl_patient" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "hsl_order_service_tenant_isolation" ON "hsl"."hsl_order_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "hsl_performed_service_tenant_isolation" ON "hsl"."hsl_performed_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_journal_tenant_isolation" ON "hsl"."lifecare_hsl_journal" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_order_tenant_isolation" ON "hsl"."lifecare_hsl_order" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_order_service_tenant_isolation" ON "hsl"."lifecare_hsl_order_service" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_activity_tenant_isolation" ON "hsl"."lifecare_hsl_activity" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_activity_occurrence_tenant_isolation" ON "hsl"."lifecare_hsl_activity_occurrence" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_activity_performed_tenant_isolation" ON "hsl"."lifecare_hsl_activity_performed" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "lifecare_hsl_order_execution_connection_tenant_isolation" ON "hsl"."lifecare_hsl_order_execution_connection" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
