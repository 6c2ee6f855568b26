#!/usr/bin/env bash
# Builds CometBFT from its Go module (the Go module proxy is the only source) into .tools/bin, git-ignored.
# Idempotent: a second run finds the pinned version already there and does nothing.
# Go's build and module caches stay in their defaults outside the clone, so CI does not rebuild them each time.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${COMETBFT_VERSION:-v0.38.25}"
BIN="$PWD/.tools/bin"
want="CometBFT ${VERSION#v}"
if [ -x "$BIN/cometbft" ] && [ "$("$BIN/cometbft" version 2>/dev/null)" = "${VERSION#v}" ]; then
  echo "cometbft $VERSION already in $BIN"
  exit 0
fi
command -v go >/dev/null || { echo "install-cometbft: go is not on PATH (the testnet needs it; the devnet does not)" >&2; exit 1; }
mkdir -p "$BIN"
echo "building $want with $(go version | cut -d' ' -f3) into $BIN …"
start=$(date +%s)
GOBIN="$BIN" GOFLAGS="-trimpath" go install "github.com/cometbft/cometbft/cmd/cometbft@$VERSION"
echo "built cometbft $("$BIN/cometbft" version) in $(( $(date +%s) - start )) s"
