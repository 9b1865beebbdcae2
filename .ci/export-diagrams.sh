#!/usr/bin/env bash
# Regenerates docs/processes/<id>.svg from processes/**/<id>.bpmn (every model with a docs page) with
# bpmn-js in the system Chromium (versions pinned in .ci/diagrams/package-lock.json). Run after any
# change to a diagram, and commit the SVGs with the model.
# Usage: .ci/export-diagrams.sh [--png <dir>]   (--png also saves a 1920x1080 fit-to-screen PNG of each)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -d "$root/.ci/diagrams/node_modules/bpmn-js" ]]; then
  echo "export-diagrams: installing pinned bpmn-js and playwright-core (npm ci --prefix .ci/diagrams)"
  npm ci --prefix "$root/.ci/diagrams" --no-audit --no-fund
fi
node "$root/.ci/diagrams/export-svg.js" "$root" "$@"
