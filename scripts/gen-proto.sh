#!/usr/bin/env bash
# Generates proto/gen/<module>.js + .d.ts (protobufjs static modules) from proto/trivium/<module>/v1/*.proto
# (messages: service.proto, the gRPC/REST services, is read at run time by core/api/).
# Usage: scripts/gen-proto.sh [module…]   (no argument: every module). The output is committed.
# 64-bit integers are Long (--force-long) so they keep full precision; core/types/proto-codec.ts makes them bigint.
# PROTO_GEN_OUT=dir writes there instead of proto/gen (scripts/check-proto.sh).
set -euo pipefail
export LC_ALL=C # glob order
cd "$(dirname "$0")/.."
out="${PROTO_GEN_OUT:-proto/gen}"
mkdir -p "$out"
mods=("$@")
if [ ${#mods[@]} -eq 0 ]; then
  for d in proto/trivium/*/; do mods+=("$(basename "$d")"); done
fi
for m in "${mods[@]}"; do
  files=()
  # service.proto (the gRPC/REST services, loaded at run time by core/api/) stays out: messages only here.
  for f in proto/trivium/"$m"/v1/*.proto; do [ "$(basename "$f")" = service.proto ] || files+=("$f"); done
  npx pbjs -t static-module -w es6 --es6 --no-create --no-verify --no-delimited --force-long \
    -r "trivium_$m" -p proto -p proto/third_party -o "$out/$m.js" "${files[@]}"
  npx pbts -o "$out/$m.d.ts" "$out/$m.js"
  echo "$out/$m.js"
done
