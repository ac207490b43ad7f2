#!/usr/bin/env bash
# Builds dist/maltal.html: Måltal in one file that runs from disk (file://), e.g. a USB stick.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${MALTAL_SKIP_BUILD:-}" = 1 ] || bash scripts/build.sh
python3 scripts/make_single.py
