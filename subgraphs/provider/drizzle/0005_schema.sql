ALTER TABLE "provider"."provider_unit" DROP CONSTRAINT "provider_unit_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."executing_provider" DROP CONSTRAINT "executing_provider_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."execution" DROP CONSTRAINT "execution_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."executed_decision" DROP CONSTRAINT "executed_decision_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."executed_service" DROP CONSTRAINT "executed_service_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."planned_workshift" DROP CONSTRAINT "planned_workshift_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."planning_unit" DROP CONSTRAINT "planning_unit_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel" DROP CONSTRAINT "provider_personnel_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel_unit_access" DROP CONSTRAINT "provider_personnel_unit_access_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."personnel" DROP CONSTRAINT "personnel_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_administrator" DROP CONSTRAINT "provider_administrator_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_contact_personnel" DROP CONSTRAINT "provider_contact_personnel_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_headline" DROP CONSTRAINT "provider_headline_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_note" DROP CONSTRAINT "provider_note_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."service_headline" DROP CONSTRAINT "service_headline_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."implementation_plan" DROP CONSTRAINT "implementation_plan_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."reported_visit" DROP CONSTRAINT "reported_visit_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."reported_workshift" DROP CONSTRAINT "reported_workshift_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."planned_workload" DROP CONSTRAINT "planned_workload_pkey";
--> statement-breakpoint
ALTER TABLE "provider"."provider_unit" ADD CONSTRAINT "provider_unit_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."executing_provider" ADD CONSTRAINT "executing_provider_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."execution" ADD CONSTRAINT "execution_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."executed_decision" ADD CONSTRAINT "executed_decision_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."executed_service" ADD CONSTRAINT "executed_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."planned_workshift" ADD CONSTRAINT "planned_workshift_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."planning_unit" ADD CONSTRAINT "planning_unit_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel" ADD CONSTRAINT "provider_personnel_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_personnel_unit_access" ADD CONSTRAINT "provider_personnel_unit_access_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."personnel" ADD CONSTRAINT "personnel_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_administrator" ADD CONSTRAINT "provider_administrator_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_contact_personnel" ADD CONSTRAINT "provider_contact_personnel_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_headline" ADD CONSTRAINT "provider_headline_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."provider_note" ADD CONSTRAINT "provider_note_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."service_headline" ADD CONSTRAINT "service_headline_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."implementation_plan" ADD CONSTRAINT "implementation_plan_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."reported_visit" ADD CONSTRAINT "reported_visit_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."reported_workshift" ADD CONSTRAINT "reported_workshift_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "provider"."planned_workload" ADD CONSTRAINT "planned_workload_pkey" PRIMARY KEY("tenant_id","id");
