ALTER TABLE "iam"."user" DROP COLUMN "password";
