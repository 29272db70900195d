CREATE TABLE "iam"."idempotency_key" (
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer NOT NULL,
	"response" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "idempotency_key_tenant_id_client_id_key_pk" PRIMARY KEY("tenant_id","client_id","key")
);

--> statement-breakpoint
ALTER TABLE "iam"."idempotency_key" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE INDEX "idempotency_key_expires_idx" ON "iam"."idempotency_key" USING btree ("tenant_id","expires_at");
--> statement-breakpoint
CREATE POLICY "idempotency_key_tenant_isolation" ON "iam"."idempotency_key" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
