ALTER TABLE "iam"."role_assignment" ADD COLUMN "role_tss_id" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "iam"."role_assignment" ADD COLUMN "user_tss_id" text NOT NULL;
