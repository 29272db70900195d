#!/usr/bin/env bash
# The alert rules are valid Prometheus rules and fire on the series they are meant for
# (promtool, Debian package `prometheus`). The dashboard's queries are checked against the
# platform's metrics by cli/src/observability-files.test.ts (unit tests).
set -euo pipefail
cd "$(dirname "$0")/../deploy/observability"
if ! command -v promtool >/dev/null; then
  echo "promtool is missing: apt-get install prometheus (.ci/run installs it)" >&2
  exit 1
fi
promtool check rules alerts.yml
promtool test rules alerts.test.yml
