/**
 * Idempotent SQL for the operations tables (run as the owner at every start, after platformSql):
 * the app role's privileges, and two narrow cross-tenant readers for the operator (SECURITY
 * DEFINER, owner-read policies): each tenant's last resident-register batch (status page, /readyz,
 * metrics) and the partners' usage per key, day and hour (`pnpm lcs usage report`). Both return
 * tenant domains, key ids, times and counts — no personal data.
 */
const ownerRead = (table: string, policy: string) => [
  `DROP POLICY IF EXISTS ${policy} ON ${table}`,
  // the owner is subject to FORCE ROW LEVEL SECURITY too: let it read (only) for the definer functions
  `CREATE POLICY ${policy} ON ${table} FOR SELECT TO CURRENT_USER USING (true)`,
];

export function operationsSql(role: string): string[] {
  return [
    `GRANT SELECT, INSERT, UPDATE, DELETE ON platform.service_window, platform.maintenance, platform.incident,
      platform.incident_update TO ${role}`,
    `GRANT SELECT, INSERT ON platform.resident_register_batch TO ${role}`,
    ...ownerRead('platform.resident_register_batch', 'resident_register_batch_owner_read'),
    `DO $$ BEGIN
       IF to_regclass('iam.tenant') IS NOT NULL THEN
         EXECUTE 'DROP POLICY IF EXISTS tenant_owner_read ON iam.tenant';
         EXECUTE 'CREATE POLICY tenant_owner_read ON iam.tenant FOR SELECT TO CURRENT_USER USING (true)';
       END IF;
       IF to_regclass('iam.api_key_usage') IS NOT NULL THEN
         EXECUTE 'DROP POLICY IF EXISTS api_key_usage_owner_read ON iam.api_key_usage';
         EXECUTE 'CREATE POLICY api_key_usage_owner_read ON iam.api_key_usage FOR SELECT TO CURRENT_USER USING (true)';
       END IF;
     END $$`,
    `CREATE OR REPLACE FUNCTION platform.resident_register_latest()
     RETURNS TABLE (tenant_id text, environment text, last_batch_at timestamptz)
     LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
     BEGIN
       IF to_regclass('iam.tenant') IS NOT NULL THEN
         RETURN QUERY EXECUTE
         'SELECT t.tenant_id, b.environment, b.last_batch_at FROM (SELECT DISTINCT tenant_id FROM iam.tenant) t
           LEFT JOIN LATERAL (SELECT environment, received_at AS last_batch_at FROM platform.resident_register_batch r
                              WHERE r.tenant_id = t.tenant_id ORDER BY received_at DESC LIMIT 1) b ON true ORDER BY
                              t.tenant_id';
       ELSE
         RETURN QUERY SELECT r.tenant_id, max(r.environment), max(r.received_at) FROM platform.resident_register_batch r
         GROUP BY r.tenant_id ORDER BY 1;
       END IF;
     END $$`,
    `CREATE OR REPLACE FUNCTION platform.usage_by_hour(since timestamptz, only_tenant text DEFAULT NULL)
     RETURNS TABLE (tenant_id text, key_id text, hour timestamptz, requests bigint, rows_returned bigint, refusals
     bigint)
     LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
     BEGIN
       IF to_regclass('iam.api_key_usage') IS NULL THEN RETURN; END IF;
       RETURN QUERY EXECUTE
       'SELECT u.tenant_id, u.key_id, date_trunc(''hour'', u.minute), sum(u.requests)::bigint, sum(u.rows)::bigint,
        sum(u.rejects)::bigint
         FROM iam.api_key_usage u WHERE u.minute >= $1 AND ($2 IS NULL OR u.tenant_id = $2) GROUP BY 1, 2, 3 ORDER BY 1,
         2, 3' USING since, only_tenant;
     END $$`,
    `REVOKE ALL ON FUNCTION platform.resident_register_latest() FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION platform.usage_by_hour(timestamptz, text) FROM PUBLIC`,
  ];
}
