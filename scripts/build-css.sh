#!/usr/bin/env bash
# Compiles the parts of Det Fælles Designsystem that Måltal uses (style/dkfds.scss, from the
# npm package `dkfds` pinned in package-lock.json) into pkg/dkfds.css, and copies the files it
# refers to — IBM Plex Sans subsets (pkg/fonts/) and icons (pkg/img/) — from the package.
# style/main.css, Måltal's own rules, is loaded after it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/dkfds ] || bash scripts/setup.sh

dkfds=node_modules/dkfds/dist
rm -rf pkg/fonts pkg/img
mkdir -p pkg/fonts pkg/img
node_modules/.bin/sass --no-source-map --quiet-deps --style=compressed \
  --load-path=node_modules style/dkfds.scss pkg/dkfds.css

# Copy exactly the files the compiled CSS refers to; a reference the package cannot satisfy fails
# the build.
refs=$(grep -o 'url("[^"]*")' pkg/dkfds.css | sed 's/url("\(.*\)")/\1/' | sort -u)
for ref in $refs; do
  case "$ref" in
    fonts/*) src="$dkfds/fonts/IBMPlexSans/split/woff2/${ref#fonts/}" ;;
    img/*) src="$dkfds/img/svg-icons/${ref#img/}" ;;
    *) echo "pkg/dkfds.css refers to $ref, outside fonts/ and img/" >&2; exit 1 ;;
  esac
  [ -f "$src" ] || { echo "pkg/dkfds.css refers to $ref, but $src does not exist" >&2; exit 1; }
  cp "$src" "pkg/$ref"
done

css_raw=$(stat -c %s pkg/dkfds.css)
css_gz=$(gzip -9c pkg/dkfds.css | wc -c)
echo "pkg/dkfds.css: $css_raw bytes ($css_gz gzip); fonts $(cat pkg/fonts/* | wc -c) bytes; icons $(cat pkg/img/* | wc -c) bytes"
