#!/usr/bin/env bash
# Builds Måltal and serves the repository root at http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
port="${PORT:-8080}"
echo "Måltal kører på http://127.0.0.1:${port}/"
exec python3 scripts/serve.py "$port" .
