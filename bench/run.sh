#!/usr/bin/env bash
# `make bench`: the engine's time per 280- and 10,000-character draft, natively (Cargo.toml's `native` profile,
# opt-level 3) and as wasm in node, its throughput, the same drafts through write-good, alex, vader-sentiment and
# harper.js, as ratios, and the size of the extension's shipped wasm (`make build`) beside harper.js's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}

echo "== building the engine (native profile, and release for wasm32)" >&2
cargo build --quiet --profile native --example bench
cargo build --quiet --release --target wasm32-unknown-unknown --lib
# The web glue, as the extension ships it (an ES module with the crate's JS snippets beside it); compare.mjs hands it
# the wasm's bytes.
rm -rf "$target/bench-pkg"
"$root/.tools/bin/wasm-bindgen" --target web --out-dir "$target/bench-pkg" \
  "$target/wasm32-unknown-unknown/release/tact.wasm"

shipped_wasm="$root/extension/pkg/tact_bg.wasm"
if [ ! -f "$shipped_wasm" ]; then
  echo "bench: $shipped_wasm is missing; run \`make bench\` (it builds the extension first)" >&2
  exit 1
fi

echo "== installing write-good, alex, vader-sentiment and harper.js (bench/package-lock.json)" >&2
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules ]; then
  npm ci --prefix bench --no-audit --no-fund --loglevel=error >&2
fi

echo "== timing" >&2
"$target/native/examples/bench" > "$target/bench-native.json"
node bench/compare.mjs "$target/bench-pkg" "$target/bench-native.json" "$shipped_wasm"
