#!/usr/bin/env bash
# Compiles the parts of Det Fælles Designsystem that Måltal uses (style/dkfds.scss, from the
# npm package `dkfds` pinned in package-lock.json) into pkg/dkfds.css, copies the files it
# refers to — IBM Plex Sans subsets (pkg/fonts/) and icons (pkg/img/) — from the package with
# their licences, and writes pkg/sw-version.js (the service worker's version and file list).
# style/main.css, Måltal's own rules, is loaded after pkg/dkfds.css. Run by scripts/build.sh;
# alone it takes a second (after a change to the styles only).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/sass ] || [ ! -d node_modules/dkfds ]; then
  [ "${MALTAL_SKIP_SETUP:-}" = 1 ] && { echo "node_modules lacks sass or dkfds: run scripts/setup.sh" >&2; exit 1; }
  bash scripts/setup.sh
fi

dkfds=node_modules/dkfds/dist
mkdir -p pkg
# Compile first, so a failed compile leaves the previous pkg/ as it was. --no-charset: no byte
# order mark (it would break the first rule once the CSS is inlined in dist/maltal.html).
node_modules/.bin/sass --no-source-map --no-charset --quiet-deps --style=compressed \
  --load-path=node_modules style/dkfds.scss pkg/dkfds.css.new
mv pkg/dkfds.css.new pkg/dkfds.css
rm -rf pkg/fonts pkg/img
mkdir -p pkg/fonts pkg/img

# Copy exactly the files the compiled CSS refers to; a reference the package cannot satisfy
# fails the build.
refs=$(grep -oE "url\([^)]*\)" pkg/dkfds.css | sed -E "s/^url\(['\"]?//; s/['\"]?\)$//" | sort -u || true)
for ref in $refs; do
  case "$ref" in
    data:*) continue ;;
    fonts/*) src="$dkfds/fonts/IBMPlexSans/split/woff2/${ref#fonts/}" ;;
    img/maltal-icon.svg) src=style/icon.svg ;;
    img/*) src="$dkfds/img/svg-icons/${ref#img/}" ;;
    *) echo "pkg/dkfds.css refers to $ref, outside fonts/ and img/" >&2; exit 1 ;;
  esac
  [ -f "$src" ] || { echo "pkg/dkfds.css refers to $ref, but $src does not exist" >&2; exit 1; }
  cp "$src" "pkg/$ref"
done
# The licences travel with the files: DKFDS (MIT), IBM Plex (SIL OFL 1.1).
cp node_modules/dkfds/LICENSE.md pkg/LICENSE-dkfds.md
cp "$dkfds/fonts/IBMPlexSans/split/woff/license.txt" pkg/fonts/LICENSE-IBMPlexSans.txt

# The service worker's cache is named by this version, so a new build is cached whole; the
# fonts and icons above are listed for it.
if [ -f pkg/maltal_bg.wasm ] && [ -f pkg/maltal.js ]; then
  version=$(cat pkg/maltal_bg.wasm pkg/maltal.js index.html index.js tilgaengelighed.html tilgaengelighed.js accessibility.html \
    manifest.webmanifest style/icon.svg style/main.css pkg/dkfds.css pkg/fonts/* pkg/img/* \
    data/baseline.json sw.js | sha256sum | cut -c1-16)
  style_files=$(find pkg/fonts pkg/img -type f -name '*.woff2' -o -type f -name '*.svg' | sort | sed "s/.*/'&'/" | paste -sd, -)
  printf 'self.MALTAL_VERSION = "%s";\nself.MALTAL_STYLE_FILES = [%s];\n' "$version" "$style_files" > pkg/sw-version.js
else
  echo "pkg/ has no wasm build yet: pkg/sw-version.js not written (scripts/build.sh writes it)" >&2
fi

css_raw=$(stat -c %s pkg/dkfds.css)
css_gz=$(gzip -9c pkg/dkfds.css | wc -c)
echo "pkg/dkfds.css: $css_raw bytes ($css_gz gzip); fonts $(cat pkg/fonts/*.woff2 | wc -c) bytes; icons $(cat pkg/img/* | wc -c) bytes"
