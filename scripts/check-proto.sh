#!/usr/bin/env bash
# Fails if the committed proto/gen is not what scripts/gen-proto.sh makes from proto/ now (CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
PROTO_GEN_OUT="$tmp/gen" scripts/gen-proto.sh >/dev/null
if ! diff -ru proto/gen "$tmp/gen" >"$tmp/diff"; then
  sed -e "s|$tmp/gen|regenerated|g" "$tmp/diff"
  echo >&2
  echo "check-proto: proto/gen is stale: it differs from what scripts/gen-proto.sh generates (diff above)." >&2
  echo "check-proto: run scripts/gen-proto.sh and commit proto/gen." >&2
  exit 1
fi
echo "check-proto: proto/gen is up to date"
