CREATE TABLE "housing"."housing_apartment" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('housing.id_seq') NOT NULL,
	"apartment_reference_number" text,
	"apartment_street_address" text,
	"apartment_city" text,
	"apartment_zip_code" text,
	"law_type" text,
	"housing_type_id" integer,
	"housing_type_name" text,
	"housing_type_from_date" timestamp (3) with time zone,
	"ownership" text,
	"size" double precision,
	"rent" double precision,
	"rent_from_date" timestamp (3) with time zone,
	"is_apartment_active" boolean,
	"building_id" integer,
	"building_name" text,
	"area_id" integer,
	"area_name" text,
	"properties" jsonb,
	"status" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "housing"."housing_apartment" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "housing"."housing_apartment_event" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('housing.id_seq') NOT NULL,
	"event_id" integer,
	"event_type" text,
	"apartment_id" integer,
	"apartment_reference_number" text,
	"building_id" integer,
	"building_name" text,
	"area_id" integer,
	"area_name" text,
	"housing_type_id" integer,
	"housing_type_name" text,
	"law_type" text,
	"person_id" text,
	"customer_number" integer,
	"application_id" integer,
	"decision_id" integer,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"event_start_date" timestamp (3) with time zone,
	"event_end_date" timestamp (3) with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "housing"."housing_apartment_event" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "housing_apartment_tenant_updated_idx" ON "housing"."housing_apartment" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "housing_apartment_provider_unit_id_idx" ON "housing"."housing_apartment" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "housing_apartment_event_tenant_updated_idx" ON "housing"."housing_apartment_event" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "housing_apartment_event_apartment_id_idx" ON "housing"."housing_apartment_event" USING btree ("tenant_id","apartment_id");
--> statement-breakpoint
CREATE INDEX "housing_apartment_event_client_id_idx" ON "housing"."housing_apartment_event" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE POLICY "housing_apartment_tenant_isolation" ON "housing"."housing_apartment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "housing_apartment_event_tenant_isolation" ON "housing"."housing_apartment_event" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
