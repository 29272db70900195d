/**
 * Idempotent SQL run as the owner at every start, after the platform migration (db.ts): monthly
 * audit partitions ahead of time, the retention function, and the privileges that make the audit
 * log append-only and the protected-client registry read-only for the app role.
 */

/** Audit records are kept at least this long (HSLF-FS 2016:40 asks for five years). */
export const AUDIT_RETENTION_YEARS = 5;
/** Monthly partitions created ahead of the current month at every start. */
export const AUDIT_MONTHS_AHEAD = 12;

export function platformSql(role: string): string[] {
  return [
    // One partition per calendar month (UTC). A month whose rows already sit in the default
    // partition is left there (creating it would fail); nothing is ever moved or lost.
    `CREATE OR REPLACE FUNCTION platform.audit_ensure_partitions(months_ahead integer DEFAULT ${AUDIT_MONTHS_AHEAD})
     RETURNS integer LANGUAGE plpgsql AS $$
     DECLARE m date := date_trunc('month', now() AT TIME ZONE 'UTC')::date; made integer := 0; name text;
     BEGIN
       FOR i IN 0..months_ahead LOOP
         name := format('audit_log_y%sm%s', to_char(m, 'YYYY'), to_char(m, 'MM'));
         IF to_regclass('platform.' || name) IS NULL
            AND NOT EXISTS (SELECT 1 FROM platform.audit_log_default
                            WHERE at >= (m::timestamp AT TIME ZONE 'UTC') AND at < ((m + interval '1 month')::timestamp
                            AT TIME ZONE 'UTC')) THEN
           EXECUTE format('CREATE TABLE platform.%I PARTITION OF platform.audit_log FOR VALUES FROM (%L) TO (%L)',
                          name, m::timestamp AT TIME ZONE 'UTC', (m + interval '1 month')::timestamp AT TIME ZONE
                          'UTC');
           EXECUTE format('ALTER TABLE platform.%I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', name);
           made := made + 1;
         END IF;
         m := (m + interval '1 month')::date;
       END LOOP;
       RETURN made;
     END $$`,
    // Retention: drops whole months that ended before the cutoff; refuses a cutoff that would
    // drop anything younger than the retention period.
    `CREATE OR REPLACE FUNCTION platform.audit_drop_months_before(cutoff date)
     RETURNS SETOF text LANGUAGE plpgsql AS $$
     DECLARE r record; upper_bound timestamptz;
     BEGIN
       IF cutoff > (now() - interval '${AUDIT_RETENTION_YEARS} years')::date THEN
         RAISE EXCEPTION
         'audit records are kept at least ${AUDIT_RETENTION_YEARS} years: the cutoff must be on or before %',
           (now() - interval '${AUDIT_RETENTION_YEARS} years')::date;
       END IF;
       FOR r IN SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i
                JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'platform.audit_log'::regclass AND c.relname
                <> 'audit_log_default' LOOP
         upper_bound := substring(r.bound from 'TO \\(''([^'']+)''\\)')::timestamptz;
         IF upper_bound <= cutoff THEN
           EXECUTE format('ALTER TABLE platform.audit_log DETACH PARTITION platform.%I', r.relname);
           EXECUTE format('DROP TABLE platform.%I', r.relname);
           RETURN NEXT r.relname;
         END IF;
       END LOOP;
     END $$`,
    `SELECT platform.audit_ensure_partitions()`,
    // Append-only for the app role: read and insert through the parent, nothing else; no direct
    // access to partitions; the registry of protected clients is only read (care's trigger writes it).
    `REVOKE ALL ON ALL TABLES IN SCHEMA platform FROM ${role}`,
    `GRANT SELECT, INSERT ON platform.audit_log TO ${role}`,
    `GRANT SELECT ON platform.protected_client TO ${role}`,
    // export jobs (rest-facade/src/exports): the app role keeps its own tenant's jobs (RLS)
    `GRANT SELECT, INSERT, UPDATE, DELETE ON platform.export_job TO ${role}`,
    `REVOKE ALL ON FUNCTION platform.audit_ensure_partitions(integer) FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION platform.audit_drop_months_before(date) FROM PUBLIC`,
  ];
}
