#!/usr/bin/env bash
# The property tests, long: FC_RUNS runs each (default 10000; CI runs them short through scripts/test.sh).
# Usage: scripts/fuzz.sh [files…]   e.g. FC_RUNS=100000 scripts/fuzz.sh tests/property/tx-decoding.test.ts
# A failure prints fast-check's seed, path and counterexample: keep the case as a unit test.
set -euo pipefail
cd "$(dirname "$0")/.."
export FC_RUNS="${FC_RUNS:-10000}"
if [ $# -eq 0 ]; then
  mapfile -t files < <(find tests/property -name '*.test.ts' | sort)
else
  files=("$@")
fi
export NODE_OPTIONS="${NODE_OPTIONS:-} --no-node-snapshot"
# One file at a time (the machine is shared) and no per-test timeout: a long run is the point.
exec node --import tsx --test --test-force-exit --test-concurrency=1 --test-timeout=0 "${files[@]}"
