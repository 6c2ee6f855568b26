#!/usr/bin/env bash
# Generates proto/gen/<module>.js + .d.ts (protobufjs static modules) from proto/trivium/<module>/v1/*.proto.
# Usage: scripts/gen-proto.sh [module…]   (no argument: every module). The output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mods=("$@")
if [ ${#mods[@]} -eq 0 ]; then
  for d in proto/trivium/*/; do mods+=("$(basename "$d")"); done
fi
for m in "${mods[@]}"; do
  files=(proto/trivium/"$m"/v1/*.proto)
  npx pbjs -t static-module -w es6 --es6 --no-create --no-verify --no-delimited --force-long \
    -r "trivium_$m" -p proto -p proto/third_party -o "proto/gen/$m.js" "${files[@]}"
  npx pbts -o "proto/gen/$m.d.ts" "proto/gen/$m.js"
  echo "proto/gen/$m.js"
done
