CREATE SCHEMA "housing";

--> statement-breakpoint
CREATE SEQUENCE "housing"."id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;
--> statement-breakpoint
CREATE TABLE "housing"."housing_application_event" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('housing.id_seq') NOT NULL,
	"event_id" integer,
	"event_type" text,
	"application_id" integer,
	"decision_id" integer,
	"person_id" text,
	"customer_number" integer,
	"law_type" text,
	"housing_type_id" integer,
	"housing_type_name" text,
	"priority_id" integer,
	"priority_name" text,
	"building1_id" integer,
	"building1_name" text,
	"building2_id" integer,
	"building2_name" text,
	"building3_id" integer,
	"building3_name" text,
	"status_code" integer,
	"status" text,
	"applicant_type_code" integer,
	"applicant_type" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"event_start_date" timestamp (3) with time zone,
	"event_end_date" timestamp (3) with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "housing"."housing_application_event" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "housing_application_event_tenant_updated_idx" ON "housing"."housing_application_event" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "housing_application_event_client_id_idx" ON "housing"."housing_application_event" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE POLICY "housing_application_event_tenant_isolation" ON "housing"."housing_application_event" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
