ALTER TABLE "care"."client" DROP CONSTRAINT "client_pkey";
--> statement-breakpoint
ALTER TABLE "care"."actualization" DROP CONSTRAINT "actualization_pkey";
--> statement-breakpoint
ALTER TABLE "care"."investigation" DROP CONSTRAINT "investigation_pkey";
--> statement-breakpoint
ALTER TABLE "care"."sol_decision" DROP CONSTRAINT "sol_decision_pkey";
--> statement-breakpoint
ALTER TABLE "care"."lss_decision" DROP CONSTRAINT "lss_decision_pkey";
--> statement-breakpoint
ALTER TABLE "care"."decision_service" DROP CONSTRAINT "decision_service_pkey";
--> statement-breakpoint
ALTER TABLE "care"."order" DROP CONSTRAINT "order_pkey";
--> statement-breakpoint
ALTER TABLE "care"."ordered_service" DROP CONSTRAINT "ordered_service_pkey";
--> statement-breakpoint
ALTER TABLE "care"."service_configuration" DROP CONSTRAINT "service_configuration_pkey";
--> statement-breakpoint
ALTER TABLE "care"."service_period" DROP CONSTRAINT "service_period_pkey";
--> statement-breakpoint
ALTER TABLE "care"."client_absence" DROP CONSTRAINT "client_absence_pkey";
--> statement-breakpoint
ALTER TABLE "care"."contact" DROP CONSTRAINT "contact_pkey";
--> statement-breakpoint
ALTER TABLE "care"."relative" DROP CONSTRAINT "relative_pkey";
--> statement-breakpoint
ALTER TABLE "care"."headline" DROP CONSTRAINT "headline_pkey";
--> statement-breakpoint
ALTER TABLE "care"."documentation" DROP CONSTRAINT "documentation_pkey";
--> statement-breakpoint
ALTER TABLE "care"."general_note" DROP CONSTRAINT "general_note_pkey";
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment" DROP CONSTRAINT "ibic_assessment_pkey";
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_area" DROP CONSTRAINT "ibic_assessment_area_pkey";
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_general_goal" DROP CONSTRAINT "ibic_assessment_general_goal_pkey";
--> statement-breakpoint
ALTER TABLE "care"."client" ADD CONSTRAINT "client_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."actualization" ADD CONSTRAINT "actualization_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."investigation" ADD CONSTRAINT "investigation_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."sol_decision" ADD CONSTRAINT "sol_decision_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."lss_decision" ADD CONSTRAINT "lss_decision_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."decision_service" ADD CONSTRAINT "decision_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."order" ADD CONSTRAINT "order_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."ordered_service" ADD CONSTRAINT "ordered_service_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."service_configuration" ADD CONSTRAINT "service_configuration_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."service_period" ADD CONSTRAINT "service_period_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."client_absence" ADD CONSTRAINT "client_absence_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."contact" ADD CONSTRAINT "contact_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."relative" ADD CONSTRAINT "relative_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."headline" ADD CONSTRAINT "headline_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."documentation" ADD CONSTRAINT "documentation_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."general_note" ADD CONSTRAINT "general_note_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment" ADD CONSTRAINT "ibic_assessment_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_area" ADD CONSTRAINT "ibic_assessment_area_pkey" PRIMARY KEY("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "care"."ibic_assessment_general_goal" ADD CONSTRAINT "ibic_assessment_general_goal_pkey" PRIMARY KEY("tenant_id","id");
