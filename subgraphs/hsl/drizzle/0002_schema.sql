ALTER TABLE "hsl"."hsl_patient" DROP CONSTRAINT "hsl_patient_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order" DROP CONSTRAINT "hsl_order_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order_service" DROP CONSTRAINT "hsl_order_service_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_performed_service" DROP CONSTRAINT "hsl_performed_service_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_journal" DROP CONSTRAINT "lifecare_hsl_journal_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order" DROP CONSTRAINT "lifecare_hsl_order_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_service" DROP CONSTRAINT "lifecare_hsl_order_service_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity" DROP CONSTRAINT "lifecare_hsl_activity_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_occurrence" DROP CONSTRAINT "lifecare_hsl_activity_occurrence_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_performed" DROP CONSTRAINT "lifecare_hsl_activity_performed_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_execution_connection" DROP CONSTRAINT "lifecare_hsl_order_execution_connection_pkey";
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_patient" ADD CONSTRAINT "hsl_patient_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order" ADD CONSTRAINT "hsl_order_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_order_service" ADD CONSTRAINT "hsl_order_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."hsl_performed_service" ADD CONSTRAINT "hsl_performed_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_journal" ADD CONSTRAINT "lifecare_hsl_journal_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order" ADD CONSTRAINT "lifecare_hsl_order_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_service" ADD CONSTRAINT "lifecare_hsl_order_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity" ADD CONSTRAINT "lifecare_hsl_activity_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_occurrence" ADD CONSTRAINT "lifecare_hsl_activity_occurrence_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_activity_performed" ADD CONSTRAINT "lifecare_hsl_activity_performed_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "hsl"."lifecare_hsl_order_execution_connection" ADD CONSTRAINT "lifecare_hsl_order_execution_connection_pkey" PRIMARY KEY("tenant_id","id");
