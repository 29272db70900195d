ALTER TABLE "provider"."provider_administrator" ADD COLUMN "provider_unit_id" integer;
--> statement-breakpoint
CREATE INDEX "provider_administrator_provider_unit_id_idx" ON "provider"."provider_administrator" USING btree ("tenant_id","provider_unit_id");
