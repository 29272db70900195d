ALTER TABLE "iam"."user" ADD COLUMN "phones" jsonb;
