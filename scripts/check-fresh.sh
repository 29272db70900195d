#!/usr/bin/env bash
# Fails when a generated file is stale: subgraph SDL, supergraph, drizzle migrations, codegen
# output, and the vendored contract. Regenerates in place and asks git for differences.
# Usage: scripts/check-fresh.sh [--help]
set -euo pipefail
if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then sed -n '2,4p' "$0"; exit 0; fi
cd "$(dirname "$0")/.."
if [[ -f ../shared/spec/lifecare/lifecare-ec-api.json ]] && ! cmp -s ../shared/spec/lifecare/lifecare-ec-api.json schema/contract/lifecare-ec-api.json; then
  echo "schema/contract/lifecare-ec-api.json differs from ../shared/spec/lifecare/lifecare-ec-api.json: copy it and regenerate"; exit 1
fi
pnpm -s lcs generate --check
pnpm -s codegen >/dev/null
if ! git diff --quiet -- '*/__generated__/*' || [[ -n "$(git status --porcelain -- '*/__generated__/*')" ]]; then
  echo "codegen output is stale (run pnpm codegen and commit):"; git status --short -- '*/__generated__/*'; exit 1
fi
echo "generated files are fresh"
