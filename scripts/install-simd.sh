#!/usr/bin/env bash
# Builds `simd`, a Cosmos SDK v0.50 chain (a benchmark peer only: scripts/bench/node-throughput.ts), from the
# Go module proxy into .tools/bin, git-ignored. The SDK's own simapp module (cosmossdk.io/simapp) is refused by
# the proxy here, so scripts/simd holds a small app of ours on github.com/cosmos/cosmos-sdk (its go.mod repeats
# the SDK's replace lines, which is why `go install pkg@version` cannot build it).
# Idempotent: a second run finds a binary built from the same scripts/simd sources and does nothing.
# Go's build and module caches stay in their defaults outside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.tools/bin"
SRC="$PWD/scripts/simd"
stamp="$(cat "$SRC/go.mod" "$SRC/go.sum" "$SRC/main.go" | sha256sum | cut -c1-16)"
if [ -x "$BIN/simd" ] && [ "$(cat "$BIN/.simd-stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "simd ($(grep -o 'cosmos-sdk v[0-9.]*' "$SRC/go.mod")) already in $BIN"
  exit 0
fi
command -v go >/dev/null || { echo "install-simd: go is not on PATH (only the MsgSend benchmark needs simd)" >&2; exit 1; }
mkdir -p "$BIN"
echo "building simd on $(grep -o 'cosmos-sdk v[0-9.]*' "$SRC/go.mod") with $(go version | cut -d' ' -f3) into $BIN …"
start=$(date +%s)
(cd "$SRC" && GOFLAGS="-trimpath -mod=readonly" go build -o "$BIN/simd" .)
echo "$stamp" > "$BIN/.simd-stamp"
echo "built simd in $(( $(date +%s) - start )) s"
