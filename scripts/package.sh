#!/usr/bin/env bash
# Writes dist/maltal-web.zip: the release bundle a region's web editor publishes without Rust
# (docs/deploy.md starts from it). Needs a release build in pkg/ (scripts/build.sh). Layout:
#   maltal/         the static site, every compressible file with .br and .gz siblings (not data/)
#   server/         sample server configurations (nginx, Apache): CSP, MIME types, compressed copies
#   VEJLEDNING.md   docs/deploy.md
# The site's file list is derived (scripts/package.py): what the service worker caches (sw.js'
# FILES and pkg/sw-version.js' style files), every top-level *.html, *.js and *.webmanifest, and
# the files listed below. A listed file that is missing fails the script. Deterministic: sorted
# entries, fixed timestamps. Idempotent; prints the bundle's size at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one list to extend. SITE_EXTRA: served with the site, but not cached by the service worker.
# Every top-level page must be cached by the service worker or named here (else the script fails:
# a page missing offline is a bug, or a decision to write down here).
SITE_EXTRA=(sw.js embed.js pkg/LICENSE-dkfds.md pkg/fonts/LICENSE-IBMPlexSans.txt)
# BESIDE: source:destination in the zip, outside the site folder.
BESIDE=(deploy/nginx.conf:server/nginx.conf deploy/apache.htaccess:server/apache.htaccess
  docs/deploy.md:VEJLEDNING.md)

if [ ! -f pkg/maltal_bg.wasm ] || [ ! -f pkg/maltal.js ]; then
  echo "pkg/ has no release build: run scripts/build.sh first" >&2
  exit 1
fi
# Refresh what scripts/build.sh derives after cargo (a second or two): pkg/sw-version.js names
# the service worker's cache by the files' hash, so an edit since the build gets a new version
# and reaches users; pkg/compressed/ stays fresh for scripts/serve.py.
bash scripts/build-css.sh >/dev/null
node scripts/precompress.mjs . >/dev/null

python3 scripts/package.py --out dist/maltal-web.zip \
  --site-extra "${SITE_EXTRA[@]}" --beside "${BESIDE[@]}"
