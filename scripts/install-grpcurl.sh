#!/usr/bin/env bash
# Builds grpcurl from its Go module into .tools/bin (git-ignored): tests/api/grpc-rest.test.ts lists, describes and
# calls the node's gRPC services with it, as a user would. Idempotent: the pinned version already there is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${GRPCURL_VERSION:-v1.9.3}"
BIN="$PWD/.tools/bin"
if [ -x "$BIN/grpcurl" ] && go version -m "$BIN/grpcurl" 2>/dev/null | grep -q "mod[[:space:]]*github.com/fullstorydev/grpcurl[[:space:]]*$VERSION"; then
  echo "grpcurl $VERSION already in $BIN"
  exit 0
fi
command -v go >/dev/null || { echo "install-grpcurl: go is not on PATH (the gRPC tests need grpcurl; the node does not)" >&2; exit 1; }
mkdir -p "$BIN"
start=$(date +%s)
GOBIN="$BIN" GOFLAGS="-trimpath" go install "github.com/fullstorydev/grpcurl/cmd/grpcurl@$VERSION"
echo "built grpcurl $VERSION in $(( $(date +%s) - start )) s"
