ALTER TABLE "iam"."client_certificate" ADD COLUMN "issuer" text;
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ADD COLUMN "not_before" timestamp (3) with time zone;
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ADD COLUMN "extended_key_usage" text[];
