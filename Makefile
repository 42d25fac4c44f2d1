# Tact's build: `make` sets up what is missing, builds the extension at the repository root and runs a headless demo;
# `make test` runs every test layer. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all

TOOLS := $(CURDIR)/.tools
export PATH := $(TOOLS)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium
export FIREFOX := /usr/bin/firefox-esr
ZOPFLI := /usr/bin/zopfli
ZIP := /usr/bin/zip
ADVZIP := /usr/bin/advzip

# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so its version is read from Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
WASM := target/wasm32-unknown-unknown/release/tact.wasm
PKG := extension/pkg
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
  --enable-multivalue --enable-mutable-globals
# Measured with `make size`: flattening and re-looping before -Oz, then gufa, ships 10 KB (4 KB gzipped) less than -Oz
# alone at the same engine speed; --converge saves under 2 KB gzipped for 12 s more per build, opt-level "s" is 110 KB larger.
# The producers and target_features sections (260 bytes) are for tools, not for the browser. The module owns its memory
# (zero-filled at start) and Rust's data starts at 1 MiB, after the stack: telling wasm-opt so lets it drop zero
# bytes of data and fold constant addresses (7 KB, 2 KB gzipped). --merge-similar-functions gains nothing. A second
# flattening and re-looping after gufa finds 0.5 KB gzipped more for about 15 s more per build.
WASM_OPT := --flatten --rereloop -Oz --gufa -Oz --flatten --rereloop -Oz --strip-producers --strip-target-features \
  --zero-filled-memory --low-memory-unused
TWIGGY := $(TOOLS)/bin/twiggy
# A panic's location is a file path kept in the wasm; the crates' sources live under cargo's registry, whose folder
# (`$CARGO_HOME/registry/src/index.crates.io-HASH/`) would be spelled out in each of them. Remapped to nothing, the
# paths are the crates' own (`regex-automata-0.4.19/src/...`) on every machine: 0.26 KB less in the gzipped wasm.
WASM_REMAP := $(foreach dir,$(wildcard $(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/*/),--remap-path-prefix=$(dir)=)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup build demo dist dist-tests test bench bench-ui size clean rust-checks wasm-tests ts-checks lint-firefox e2e e2e-firefox eval fuzz

all: build demo

## Set-up: each step is quiet and quick when its tool is already there.
setup: $(TOOLS)/bin/wasm-bindgen node_modules/.package-lock.json $(CHROMIUM) $(CHROMEDRIVER) $(ZOPFLI) $(ZIP) $(ADVZIP) $(FIREFOX)
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

$(TOOLS)/bin/wasm-bindgen: Cargo.toml
	@if ! "$@" --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into .tools (about a minute, once)"; \
	  CARGO_PROFILE_DEV_DEBUG=0 cargo install --quiet wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) \
	    --no-default-features --debug --root $(TOOLS); \
	fi
	@touch "$@"

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch "$@"

$(CHROMIUM) $(CHROMEDRIVER) $(ZOPFLI) $(ZIP) $(ADVZIP):
	@echo "Installing Debian's chromium, chromium-driver, zopfli, zip and advancecomp"
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver zopfli zip advancecomp >/dev/null

# The Firefox e2e suite (tests/e2e-firefox) drives Debian's Firefox ESR over WebDriver BiDi.
$(FIREFOX):
	@echo "Installing Debian's firefox-esr"
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq firefox-esr >/dev/null

## Build: the root becomes a loadable unpacked extension.
build: setup
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	RUSTFLAGS="$(WASM_REMAP)" cargo build --quiet --release --target wasm32-unknown-unknown --lib
	wasm-bindgen --target web --no-typescript --omit-default-module-path --out-dir $(PKG) --out-name tact $(WASM)
	wasm-bindgen --target web --out-dir target/types --out-name tact $(WASM)
	cp target/types/tact.d.ts $(PKG)/tact.d.ts
	wasm-opt $(WASM_OPT) $(WASM_FEATURES) $(PKG)/tact_bg.wasm -o $(PKG)/tact_bg.wasm
	@# The extension ships the wasm gzipped by zopfli and inflates it with DecompressionStream as it compiles: 22 KB
	@# (5%) smaller in the zip than the zip's own deflate -9 of the plain wasm. Fifty iterations take about 5 s and
	@# pack it 2.1 KB tighter than one (two hundred: 0.3 KB more for 17 s). The plain wasm stays beside it for the
	@# tests and `make bench`.
	zopfli --i50 -c $(PKG)/tact_bg.wasm > $(PKG)/tact_bg.wasm.gz
	node scripts/bundle.mjs
	node scripts/bundle.mjs --fixtures
	node scripts/firefox.mjs
	@echo "Built: load $(CURDIR) in chrome://extensions with 'Load unpacked' ($$(du -sh --apparent-size $(PKG) extension/dist | awk '{print $$1}' | paste -sd+ -) of code); Firefox: target/firefox"

demo: build
	node tests/e2e/demo.mjs

## Store packages: dist/tact-chrome-VERSION.zip and dist/tact-firefox-VERSION.zip (the version is Cargo.toml's),
## each only what the extension loads and under the size budget.
dist: build
	node scripts/dist.mjs

# What the packages hold, checked from the zips themselves.
dist-tests: dist
	node --test tests/dist/

## Tests: every layer of docs/DESIGN.md.
test: build rust-checks wasm-tests ts-checks lint-firefox dist-tests e2e e2e-firefox eval

rust-checks:
	cargo fmt --check
	@# The rule files are modules of a registry build.rs writes, so cargo fmt does not reach them.
	rustfmt --edition 2021 --check $$(find src/engine/rules -mindepth 2 -name '*.rs' | sort)
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
	cargo test --quiet

wasm-tests:
	cargo test --target wasm32-unknown-unknown $(patsubst tests/%.rs,--test %,$(wildcard tests/wasm_*.rs))

# biome.jsonc: lint and format of the TypeScript and the test scripts (`biome check --write .` applies the fixes).
ts-checks:
	biome ci --reporter=summary .
	tsc --noEmit -p tsconfig.json
	node scripts/bundle.mjs --tests
	node --test target/unit-tests/

e2e:
	node --test --test-concurrency=1 tests/e2e/

# The same features in real Firefox: Firefox ESR over WebDriver BiDi with target/firefox installed (about 40 s).
e2e-firefox:
	node --test --test-concurrency=1 tests/e2e-firefox/

# Mozilla's linter on the Firefox build: no error, and every warning counted as one.
lint-firefox:
	web-ext lint --source-dir target/firefox --warnings-as-errors --output text

# The committed weight table and its provenance are what a refit writes (about 1 s), and the agreement floors hold.
eval:
	@if [ -d ../shared/data ]; then cargo run --quiet --release --bin tact -- fit ../shared/data --check && \
	  cargo run --quiet --release --bin tact -- eval ../shared/data --check; \
	else echo "eval skipped: ../shared/data is not here (the agreement data lives beside the checkout)"; fi

bench: build
	WASM_RUSTFLAGS="$(WASM_REMAP)" bench/run.sh

# Keystroke-to-badge latency (p50/p95, 280 and 5,000 characters) and the content script's cost on a page without a composer.
# `make bench-ui BENCH_UI_ARGS=--page-cost` measures the page without a composer only.
bench-ui: build
	node tests/bench/latency.mjs $(BENCH_UI_ARGS)

# Size against docs/DESIGN.md's budget: each shipped file, the content script's load, the packaged zip, and the wasm's biggest
# contributors (twiggy, installed into .tools the first time this target runs; never by `make` or `make test`). twiggy
# 0.7.0 reads the compiler's own wasm (it cannot parse bulk-memory code or wasm-opt's split data segments).
size: build $(TWIGGY)
	node scripts/size.mjs --twiggy $(TWIGGY) --named $(WASM)

$(TWIGGY):
	cargo install --quiet twiggy --version 0.7.0 --root $(TOOLS)

## Fuzzing: libFuzzer (nightly, cargo-fuzz installed into .tools the first time) on the engine, the preset reader and
## generated presets, FUZZ_SECONDS each (fuzz/src/checks.rs says what each asserts). New inputs go to
## target/fuzz-corpus/, crashes to fuzz/artifacts/; a crash, once fixed, is copied into fuzz/corpus/<target>/, which
## `cargo test` (tests/fuzz_corpus.rs) runs on stable in seconds.
FUZZ_SECONDS ?= 120
CARGO_FUZZ := $(TOOLS)/bin/cargo-fuzz

fuzz: $(CARGO_FUZZ)
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	cd fuzz && for target in engine preset generated_preset; do \
	  mkdir -p ../target/fuzz-corpus/$$target; \
	  PATH="$(TOOLS)/bin:$$PATH" cargo +nightly fuzz run $$target ../target/fuzz-corpus/$$target corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048; \
	done

$(CARGO_FUZZ):
	cargo install --quiet cargo-fuzz --version 0.13.2 --locked --root $(TOOLS)

clean:
	rm -rf target dist $(PKG) extension/dist
