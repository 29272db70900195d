/**
 * Care publishes which clients have protected registration or confidentiality to the platform's
 * registry (platform.protected_client), in the same transaction as the change, so every subgraph
 * can mask their personal data without reading care's tables. Run as the owner at every start.
 */
export const privacySql: string[] = [
  `CREATE OR REPLACE FUNCTION care.publish_protected_clients() RETURNS trigger
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
   BEGIN
     INSERT INTO platform.protected_client (tenant_id, client_id)
       SELECT n.tenant_id, n.id FROM changed n WHERE coalesce(n.protected_registration, false) OR
       coalesce(n.is_confidential, false)
       ON CONFLICT DO NOTHING;
     IF TG_OP = 'UPDATE' THEN
       DELETE FROM platform.protected_client p USING changed n
        WHERE p.tenant_id = n.tenant_id AND p.client_id = n.id
          AND NOT (coalesce(n.protected_registration, false) OR coalesce(n.is_confidential, false));
     END IF;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER IF EXISTS client_protected_insert ON care.client`,
  `DROP TRIGGER IF EXISTS client_protected_update ON care.client`,
  `CREATE TRIGGER client_protected_insert AFTER INSERT ON care.client REFERENCING NEW TABLE AS changed
   FOR EACH STATEMENT EXECUTE FUNCTION care.publish_protected_clients()`,
  `CREATE TRIGGER client_protected_update AFTER UPDATE ON care.client REFERENCING NEW TABLE AS changed
   FOR EACH STATEMENT EXECUTE FUNCTION care.publish_protected_clients()`,
  `REVOKE ALL ON FUNCTION care.publish_protected_clients() FROM PUBLIC`,
];

/**
 * A deleted client leaves the registry too (an environment copy replaces a tenant's rows; a stale
 * entry would mask whichever client later got the id).
 */
export const privacyDeleteSql: string[] = [
  `CREATE OR REPLACE FUNCTION care.unpublish_deleted_clients() RETURNS trigger
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
   BEGIN
     DELETE FROM platform.protected_client p USING gone o WHERE p.tenant_id = o.tenant_id AND p.client_id = o.id;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER IF EXISTS client_protected_delete ON care.client`,
  `CREATE TRIGGER client_protected_delete AFTER DELETE ON care.client REFERENCING OLD TABLE AS gone
   FOR EACH STATEMENT EXECUTE FUNCTION care.unpublish_deleted_clients()`,
  `REVOKE ALL ON FUNCTION care.unpublish_deleted_clients() FROM PUBLIC`,
];
