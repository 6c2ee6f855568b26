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
exec node --import tsx --test --test-force-exit --test-concurrency=2 --test-timeout=300000 "${files[@]}"
