#!/usr/bin/env bash
# Speed figures of issue 5, printed, never asserted:
#   1. native: the full recompute on the default data (cargo example bench_recompute, release);
#   2. browser: the BUILT app in pkg/ served on a free local port, measured in headless Chromium
#      by scripts/bench-browser.mjs (first chart, slider redraws, wasm memory, transfer sizes).
#   3. with --large: the browser figures again on two SYNTHETIC files written by
#      scripts/make_bench_data.py from the default data (40 monthly indicators × every area × 180
#      months with 20 goals, ~12 MB; and 200 municipalities × 10 indicators), served as
#      data/bench-*.json and deleted afterwards.
# Builds nothing but that cargo example: run scripts/build.sh first for a current pkg/.
# Usage: scripts/bench.sh [--browser-only | --native-only] [--large] [bench-browser.mjs options, e.g. --runs 10 --json out.json]
set -euo pipefail
cd "$(dirname "$0")/.."

native=1
browser=1
large=0
pass=()
for arg in "$@"; do
  case "$arg" in
    --browser-only) native=0 ;;
    --native-only) browser=0 ;;
    --large) large=1 ;;
    *) pass+=("$arg") ;;
  esac
done

if [ "$native" = 1 ]; then
  printf '=== native: cargo run --release --example bench_recompute\n'
  cargo run --release --locked --example bench_recompute
fi

if [ "$browser" = 1 ]; then
  if [ ! -f pkg/maltal.js ] || [ ! -f pkg/maltal_bg.wasm ]; then
    echo "bench.sh: pkg/ has no built app; run scripts/build.sh first" >&2
    exit 1
  fi
  if [ ! -d node_modules/playwright-core ]; then
    echo "bench.sh: node_modules/playwright-core is missing; run npm ci (or scripts/setup.sh)" >&2
    exit 1
  fi
  printf '\n=== browser: scripts/bench-browser.mjs on the built pkg/ (%s, wasm %s bytes)\n' \
    "$(date -r pkg/maltal_bg.wasm '+built %Y-%m-%d %H:%M')" "$(stat -c %s pkg/maltal_bg.wasm)"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  python3 scripts/serve.py "$port" . >/dev/null 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  up=0
  for _ in $(seq 1 50); do
    if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null; then up=1; break; fi
    sleep 0.1
  done
  if [ "$up" != 1 ]; then
    echo "bench.sh: the local server on port $port did not answer" >&2
    exit 1
  fi
  MALTAL_URL="http://127.0.0.1:$port/" node scripts/bench-browser.mjs ${pass[@]+"${pass[@]}"}
  if [ "$large" = 1 ]; then
    trap 'kill "$server" 2>/dev/null || true; rm -f data/bench-large.json data/bench-wide.json' EXIT
    for shape in large wide; do
      python3 scripts/make_bench_data.py "$shape" "data/bench-$shape.json"
      printf '\n=== browser, SYNTHETIC %s file (data/bench-%s.json)\n' "$shape" "$shape"
      MALTAL_URL="http://127.0.0.1:$port/" node scripts/bench-browser.mjs --data "data/bench-$shape.json" \
        --runs 3 --moves 60 --switches 10 ${pass[@]+"${pass[@]}"}
    done
  fi
fi
