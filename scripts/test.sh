#!/usr/bin/env bash
# Everything CI checks, fail-fast: format, the model's dependency rule, clippy (native and
# wasm32), native tests, browser tests (wasm-bindgen-test in headless Chromium), the release
# build, the single-file build, and the Playwright journeys against the built app on a free local port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n=== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "dependency rule: src/model names no web crate, serde or plotters"
if grep -rnE '\b(leptos|web_sys|js_sys|wasm_bindgen|gloo|serde|serde_json|plotters)(::|\b.*derive)' src/model \
   | grep -vE '^[^:]+:[0-9]+:\s*//'; then
  echo "src/model must stay pure: the lines above use a crate it may not depend on" >&2
  exit 1
fi
echo "ok"

step "code shape: no function over 80 lines without a reason, no import cycle between files"
python3 scripts/fn-lengths.py --max 80 --top 3
python3 scripts/import-cycles.py

step "clippy (native)"
cargo clippy --locked --all-targets -- -D warnings
step "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests"
cargo test --locked

step "browser tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
MALTAL_SKIP_SETUP=1 bash scripts/build.sh
step "single-file build (dist/maltal.html)"
MALTAL_SKIP_BUILD=1 bash scripts/build-single.sh
step "release bundle (dist/maltal-web.zip)"
MALTAL_SKIP_SETUP=1 bash scripts/package.sh

step "end-to-end journeys (Playwright on Debian's Chromium)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 scripts/serve.py "$port" . >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null; then break; fi
  sleep 0.1
done
# Every journey is bounded (a hung browser fails the test instead of stalling CI).
MALTAL_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 --test-timeout=180000 e2e/
