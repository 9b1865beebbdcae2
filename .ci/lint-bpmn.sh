#!/usr/bin/env bash
# Lints every processes/**/*.bpmn with bpmnlint (version pinned in .ci/package-lock.json) against
# the top-level .bpmnlintrc. Fails on any error AND any warning (--max-warnings=0).
# Usage (from anywhere): .ci/lint-bpmn.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"   # bpmnlint looks for .bpmnlintrc in the working directory

if [[ ! -x .ci/node_modules/.bin/bpmnlint || ! -f .ci/node_modules/@camunda/element-templates-json-schema/resources/schema.json ]]; then
  echo "lint-bpmn: installing pinned bpmnlint and the element-template schema (npm ci --prefix .ci)"
  npm ci --prefix .ci --no-audit --no-fund
fi

files=()
if [[ -d processes ]]; then
  while IFS= read -r -d '' f; do
    files+=("$f")
  done < <(find processes -type f -name '*.bpmn' -print0 | sort -z)
fi

if [[ ${#files[@]} -eq 0 ]]; then
  echo "lint-bpmn: no BPMN files under processes/ - nothing to lint"
  exit 0
fi

echo "lint-bpmn: bpmnlint $(.ci/node_modules/.bin/bpmnlint --version) on ${#files[@]} file(s)"
.ci/node_modules/.bin/bpmnlint --max-warnings=0 "${files[@]}"
echo "lint-bpmn: ${#files[@]} BPMN file(s) clean"
