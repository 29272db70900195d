CREATE TABLE "care"."headline" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"tree_id" text,
	"parent_id" integer,
	"name" text,
	"law" text,
	"service_category" jsonb,
	"service_category_id" integer,
	"service_category_name" text,
	"investigation_type" jsonb,
	"permissions" jsonb,
	"rules" jsonb,
	"mark_words" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "care"."headline" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."documentation" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"headline_id" integer,
	"parent_id" integer,
	"status" text,
	"content_type" text,
	"text" text,
	"plain_text" text,
	"created_signature" text,
	"created_time" timestamp (3) with time zone,
	"created_name" text,
	"created_role_id" text,
	"signed_signature" text,
	"signed_time" timestamp (3) with time zone,
	"execution_id" integer,
	"occurrence_time" timestamp (3) with time zone,
	"end_time" timestamp (3) with time zone,
	"error_marked" boolean,
	"error_marked_signature" text,
	"error_marked_time" timestamp (3) with time zone,
	"updated_signature" text,
	"origin_id" integer,
	"next_history_id" integer,
	"previous_history_id" integer,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer,
	"provider_unit_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."documentation" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."general_note" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"person_id" text,
	"type" text,
	"foreign_id" integer,
	"title" jsonb,
	"text" text,
	"start_date" timestamp (3) with time zone,
	"end_date" timestamp (3) with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."general_note" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."ibic_assessment" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"investigation_id" integer,
	"created_date" timestamp (3) with time zone,
	"assessed_date" timestamp (3) with time zone,
	"next_follow_up_date" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"client_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."ibic_assessment_area" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"assessment_id" integer,
	"icf" jsonb,
	"details" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL
);

--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_area" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "care"."ibic_assessment_general_goal" (
	"tenant_id" text NOT NULL,
	"id" integer PRIMARY KEY DEFAULT nextval('care.id_seq') NOT NULL,
	"assessment_id" integer,
	"general_goal" jsonb,
	"goal_fulfilment" jsonb,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"area_id" integer
);

--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_general_goal" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "headline_tenant_updated_idx" ON "care"."headline" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "headline_parent_id_idx" ON "care"."headline" USING btree ("tenant_id","parent_id");
--> statement-breakpoint
CREATE INDEX "documentation_tenant_updated_idx" ON "care"."documentation" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "documentation_client_id_idx" ON "care"."documentation" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "documentation_headline_id_idx" ON "care"."documentation" USING btree ("tenant_id","headline_id");
--> statement-breakpoint
CREATE INDEX "documentation_execution_id_idx" ON "care"."documentation" USING btree ("tenant_id","execution_id");
--> statement-breakpoint
CREATE INDEX "documentation_provider_unit_id_idx" ON "care"."documentation" USING btree ("tenant_id","provider_unit_id");
--> statement-breakpoint
CREATE INDEX "documentation_parent_id_idx" ON "care"."documentation" USING btree ("tenant_id","parent_id");
--> statement-breakpoint
CREATE INDEX "documentation_origin_id_idx" ON "care"."documentation" USING btree ("tenant_id","origin_id");
--> statement-breakpoint
CREATE INDEX "documentation_previous_history_id_idx" ON "care"."documentation" USING btree ("tenant_id","previous_history_id");
--> statement-breakpoint
CREATE INDEX "documentation_next_history_id_idx" ON "care"."documentation" USING btree ("tenant_id","next_history_id");
--> statement-breakpoint
CREATE INDEX "general_note_tenant_updated_idx" ON "care"."general_note" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "general_note_client_id_idx" ON "care"."general_note" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_tenant_updated_idx" ON "care"."ibic_assessment" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_client_id_idx" ON "care"."ibic_assessment" USING btree ("tenant_id","client_id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_investigation_id_idx" ON "care"."ibic_assessment" USING btree ("tenant_id","investigation_id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_area_tenant_updated_idx" ON "care"."ibic_assessment_area" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_area_assessment_id_idx" ON "care"."ibic_assessment_area" USING btree ("tenant_id","assessment_id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_general_goal_tenant_updated_idx" ON "care"."ibic_assessment_general_goal" USING btree ("tenant_id","updated_at","id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_general_goal_assessment_id_idx" ON "care"."ibic_assessment_general_goal" USING btree ("tenant_id","assessment_id");
--> statement-breakpoint
CREATE INDEX "ibic_assessment_general_goal_area_id_idx" ON "care"."ibic_assessment_general_goal" USING btree ("tenant_id","area_id");
--> statement-breakpoint
CREATE POLICY "headline_tenant_isolation" ON "care"."headline" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "documentation_tenant_isolation" ON "care"."documentation" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "general_note_tenant_isolation" ON "care"."general_note" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "ibic_assessment_tenant_isolation" ON "care"."ibic_assessment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "ibic_assessment_area_tenant_isolation" ON "care"."ibic_assessment_area" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
--> statement-breakpoint
CREATE POLICY "ibic_assessment_general_goal_tenant_isolation" ON "care"."ibic_assessment_general_goal" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
