ALTER TABLE "iam"."client_certificate" DROP CONSTRAINT "client_certificate_client_id_api_client_id_fk";

--> statement-breakpoint
ALTER TABLE "iam"."licence" DROP CONSTRAINT "licence_client_id_api_client_id_fk";

--> statement-breakpoint
ALTER TABLE "iam"."api_key" DROP CONSTRAINT "api_key_licence_id_licence_id_fk";

--> statement-breakpoint
DROP INDEX "iam"."api_key_prefix_idx";
--> statement-breakpoint
ALTER TABLE "iam"."tenant" DROP CONSTRAINT "tenant_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."user" DROP CONSTRAINT "user_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."role" DROP CONSTRAINT "role_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."role_assignment" DROP CONSTRAINT "role_assignment_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."api_client" DROP CONSTRAINT "api_client_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" DROP CONSTRAINT "client_certificate_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."licence" DROP CONSTRAINT "licence_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."api_key" DROP CONSTRAINT "api_key_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."credential_audit" DROP CONSTRAINT "credential_audit_pkey";
--> statement-breakpoint
ALTER TABLE "iam"."tenant" ADD CONSTRAINT "tenant_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."user" ADD CONSTRAINT "user_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."role" ADD CONSTRAINT "role_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."role_assignment" ADD CONSTRAINT "role_assignment_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."api_client" ADD CONSTRAINT "api_client_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ADD CONSTRAINT "client_certificate_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD CONSTRAINT "licence_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."api_key" ADD CONSTRAINT "api_key_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."credential_audit" ADD CONSTRAINT "credential_audit_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "iam"."client_certificate" ADD CONSTRAINT "client_certificate_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "iam"."api_client"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "iam"."licence" ADD CONSTRAINT "licence_client_fk" FOREIGN KEY ("tenant_id","client_id") REFERENCES "iam"."api_client"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "iam"."api_key" ADD CONSTRAINT "api_key_licence_fk" FOREIGN KEY ("tenant_id","licence_id") REFERENCES "iam"."licence"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_tenant_prefix_idx" ON "iam"."api_key" USING btree ("tenant_id","prefix");
--> statement-breakpoint
CREATE INDEX "api_key_prefix_idx" ON "iam"."api_key" USING btree ("prefix");
