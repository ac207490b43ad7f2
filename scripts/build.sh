#!/usr/bin/env bash
# Release build of the browser app into pkg/ (served statically from the repository root).
# LTO really on: the cdylib is built alone with `cargo rustc --crate-type cdylib`, because
# Cargo skips LTO when a package mixes cdylib and rlib.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${MALTAL_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh

cargo rustc --release --locked --target wasm32-unknown-unknown --lib --crate-type cdylib
wasm-bindgen --target web --out-dir pkg --no-typescript \
  --remove-name-section --remove-producers-section \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/maltal.wasm"
node_modules/.bin/wasm-opt -Oz pkg/maltal_bg.wasm -o pkg/maltal_bg.wasm.opt
mv pkg/maltal_bg.wasm.opt pkg/maltal_bg.wasm
# The design system's CSS, fonts and icons, and pkg/sw-version.js for the service worker.
MALTAL_SKIP_SETUP=1 bash scripts/build-css.sh

wasm_raw=$(stat -c %s pkg/maltal_bg.wasm)
wasm_gz=$(gzip -9c pkg/maltal_bg.wasm | wc -c)
js_raw=$(stat -c %s pkg/maltal.js)
js_gz=$(gzip -9c pkg/maltal.js | wc -c)
echo "pkg/maltal_bg.wasm: $wasm_raw bytes ($wasm_gz gzip); pkg/maltal.js: $js_raw bytes ($js_gz gzip)"
