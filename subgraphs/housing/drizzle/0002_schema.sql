ALTER TABLE "housing"."housing_apartment" DROP CONSTRAINT "housing_apartment_pkey";
--> statement-breakpoint
ALTER TABLE "housing"."housing_apartment_event" DROP CONSTRAINT "housing_apartment_event_pkey";
--> statement-breakpoint
ALTER TABLE "housing"."housing_application_event" DROP CONSTRAINT "housing_application_event_pkey";
--> statement-breakpoint
ALTER TABLE "housing"."housing_apartment" ADD CONSTRAINT "housing_apartment_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "housing"."housing_apartment_event" ADD CONSTRAINT "housing_apartment_event_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "housing"."housing_application_event" ADD CONSTRAINT "housing_application_event_pkey" PRIMARY KEY("tenant_id","id");
