ALTER TABLE "iam"."user" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "iam"."role_assignment" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- User's natural key (tssId): later live duplicates marked deleted, the first made kept
with dup as (
  select tenant_id, id, min(id) over (partition by tenant_id, "tss_id") as keep from "iam"."user" where not deleted
),
moved_0 as (
  update "iam"."role_assignment" c set "user_id" = dup.keep, "updated_at" = now()
  from dup where dup.id <> dup.keep and c.tenant_id = dup.tenant_id and c."user_id" = dup.id
  returning 1
)
update "iam"."user" x set deleted = true, "updated_at" = now()
from dup where dup.id <> dup.keep and x.tenant_id = dup.tenant_id and x.id = dup.id;
--> statement-breakpoint
-- RoleAssignment's natural key (userId, roleId, providerUnitId): later live duplicates marked deleted, the first made kept
with dup as (
  select tenant_id, id, min(id) over (partition by tenant_id, "user_id", "role_id", "provider_unit_id") as keep from "iam"."role_assignment" where not deleted
)
update "iam"."role_assignment" x set deleted = true, "updated_at" = now()
from dup where dup.id <> dup.keep and x.tenant_id = dup.tenant_id and x.id = dup.id;
--> statement-breakpoint
CREATE UNIQUE INDEX "user_tss_id_key" ON "iam"."user" USING btree ("tenant_id","tss_id") WHERE not "deleted";
--> statement-breakpoint
CREATE UNIQUE INDEX "role_assignment_user_id_role_id_provider_unit_id_key" ON "iam"."role_assignment" USING btree ("tenant_id",coalesce("user_id", 0),coalesce("role_id", 0),coalesce("provider_unit_id", 0)) WHERE not "deleted";
