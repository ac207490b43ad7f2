#!/usr/bin/env bash
# Installs what Måltal needs to build and test, and nothing that is already there.
# Idempotent and non-interactive: safe to run again; the second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '» %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Rust: the wasm target and the components the tests use.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "rustup: adding $component"
    rustup component add "$component"
  fi
done

# wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (a mismatch breaks the glue).
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if ! command -v wasm-bindgen >/dev/null 2>&1 || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$wb_version" ]; then
  say "cargo: installing wasm-bindgen-cli $wb_version (a few minutes, once)"
  # No --locked: the CLI's own lockfile names a yanked crate.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# Debian's Chromium and its driver for the browser tests (never a browser download).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "apt: installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# poppler-utils' pdftotext and pdfinfo: the print journey (e2e/print.test.mjs) reads the PDF
# Chromium renders, its pages and their text.
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
  say "apt: installing poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq poppler-utils >/dev/null
fi

# Node: sass (below) needs 20.19 or newer.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "setup: Node $(node --version) is too old; Måltal's build needs Node 20.19 or newer" >&2
  exit 1
fi

# npm packages from the committed lockfile: binaryen (a wasm-opt that works; Debian's
# binaryen 108 produces modules that fail at run time), playwright-core, axe-core, and
# Det Fælles Designsystem (dkfds) with the sass compiler for its SCSS.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.maltal-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "npm: installing wasm-opt, the design system and the browser-test packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.maltal-lock-hash
fi

say "setup complete"
