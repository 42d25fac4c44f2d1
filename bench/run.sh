#!/usr/bin/env bash
# `make bench`: the engine's time per 280- and 10,000-character draft, natively (Cargo.toml's `native` profile,
# opt-level 3) and as wasm in node (the extension's shipped wasm, and the compiler's wasm before wasm-opt), its
# throughput, the same drafts through write-good, alex, vader-sentiment and harper.js, as ratios, and the size of the
# extension's shipped wasm (`make build`) beside harper.js's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}

echo "== building the engine (native profile, and release for wasm32)" >&2
cargo build --quiet --profile native --example bench
# With the Makefile's flags (`make bench` passes them), this is the wasm `make build` just made, not a second build.
RUSTFLAGS="${WASM_RUSTFLAGS-}" cargo build --quiet --release --target wasm32-unknown-unknown --lib
# The compiler's wasm with its web glue (an ES module with the crate's JS snippets beside it), not passed through
# wasm-opt; compare.mjs times it beside extension/pkg's shipped wasm and glue.
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
