#!/usr/bin/env bash
# Prepares a PostgreSQL server for the platform's tests and benchmarks (idempotent). `pnpm test` and
# `pnpm bench` do this themselves (cli/src/pg-prepare.ts); this runs the same by hand:
#   lcs_owner  owns the schemas and runs migrations (LOGIN, CREATEDB: tests make a database per file)
#   lcs_app    the role the services run as (LOGIN; no superuser, no BYPASSRLS, owns nothing)
# Usage: scripts/pg-bootstrap.sh [--help] [owner URL]   (default LCS_TEST_PG_URL or postgres://lcs_owner@127.0.0.1:5432/lcs)
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx cli/src/pg-prepare.ts "$@"
