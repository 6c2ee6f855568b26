#!/usr/bin/env bash
# Builds x/evm's revm engine (native/evm-revm, a napi-rs addon) from the project's own sources: `npm ci` runs it
# (package.json "install"), like node-gyp builds isolated-vm. Crates come from crates.io at the versions in
# native/evm-revm/Cargo.lock. Cargo's target folder stays outside the clone (CARGO_TARGET_DIR, default
# ~/.cache/trivium-cargo-target) so CI and other clones reuse it; the addon lands in native/evm-revm/build/.
# No cargo, no build: this fails rather than leave the node without the engine it may be started with.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
crate="$root/native/evm-revm"
# rustup puts cargo in ~/.cargo/bin, which a non-login shell (npm's scripts, CI) may not have on PATH.
if ! command -v cargo >/dev/null 2>&1 && [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo" ]; then
  PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "build-native: cargo not found (PATH, ~/.cargo/bin); install Rust (rustup) to build native/evm-revm (x/evm's revm engine)" >&2
  exit 1
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/trivium-cargo-target}"
start=$(date +%s)
# nice: the build shares the machine with running nodes and test suites.
nice -n 19 cargo build --release --locked --manifest-path "$crate/Cargo.toml"
mkdir -p "$crate/build"
# Copy then rename: a node that has the old addon loaded keeps its file, a new one sees the whole new file.
tmp="$crate/build/.trivium_evm_revm.node.$$"
lib="$CARGO_TARGET_DIR/release/libtrivium_evm_revm.so"
[ -f "$lib" ] || lib="$CARGO_TARGET_DIR/release/libtrivium_evm_revm.dylib"
cp "$lib" "$tmp"
mv -f "$tmp" "$crate/build/trivium_evm_revm.node"
echo "build-native: native/evm-revm/build/trivium_evm_revm.node ($(( $(date +%s) - start )) s)"
