#!/usr/bin/env bash
# The test suite: every *.test.ts under tests/ and x/, on Node's own test runner (tsx for TypeScript).
# Usage: scripts/test.sh [files…]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests x -name '*.test.ts' -not -path '*/node_modules/*' | sort)
else
  files=("$@")
fi
export NODE_OPTIONS="${NODE_OPTIONS:-} --no-node-snapshot"
# The report goes to stdout (TAP, as CI reads it) and through tee to a file that is checked afterwards: every test
# that started must have reported (scripts/test-report-check.mjs). (A --test-reporter-destination file loses its tail
# at a forced exit on Node 20; the preload makes stdout's pipe writes blocking, so stdout does not.)
report=$(mktemp "${TMPDIR:-/tmp}/trivium-test-report.XXXXXX")
trap 'rm -f "$report"' EXIT
set +e
node --import tsx --import ./scripts/test-blocking-stdout.mjs --test --test-force-exit --test-concurrency=2 \
  --test-timeout=300000 --test-reporter=tap "${files[@]}" | tee "$report"
rc=${PIPESTATUS[0]}
set -e
node scripts/test-report-check.mjs "$report" || rc=1
exit "$rc"
