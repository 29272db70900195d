#!/usr/bin/env bash
# Prepares a PostgreSQL server for the platform's tests and benchmarks (idempotent):
#   lcs_owner  owns the schemas and runs migrations (LOGIN, CREATEDB: tests make a database per file)
#   lcs_app    the role the services run as (LOGIN; no superuser, no BYPASSRLS, owns nothing)
# Usage: scripts/pg-bootstrap.sh [--help]    (PGHOST/PGPORT/PGUSER select the server; defaults 127.0.0.1:5432, postgres)
set -euo pipefail
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then sed -n '2,6p' "$0"; exit 0; fi
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
if ! pg_isready -q; then
  echo "PostgreSQL is not answering on $PGHOST:$PGPORT; starting the local cluster…"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
psql -v ON_ERROR_STOP=1 -qX -d postgres <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lcs_owner') THEN CREATE ROLE lcs_owner LOGIN CREATEDB; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lcs_app') THEN CREATE ROLE lcs_app LOGIN NOSUPERUSER NOBYPASSRLS; END IF;
END $$;
SELECT 'CREATE DATABASE lcs OWNER lcs_owner' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'lcs') \gexec
SQL
echo "PostgreSQL ready: owner postgres://lcs_owner@$PGHOST:$PGPORT/lcs, app role lcs_app"
