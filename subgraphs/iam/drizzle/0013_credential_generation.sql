CREATE TABLE "iam"."credential_generation" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_generation_one_row" CHECK ("iam"."credential_generation"."id" = 1)
);

--> statement-breakpoint
ALTER TABLE "iam"."credential_generation" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "credential_generation_all" ON "iam"."credential_generation" AS PERMISSIVE FOR ALL TO public USING (true) WITH CHECK (true);
