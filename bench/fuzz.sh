#!/usr/bin/env bash
# The long run of the generated front door (issue 22, docs/reliability.md): every fuzz property with 2,500 tries
# instead of the per-commit 250 (6 properties: 15,000 generated inputs), new random inputs each run, and the
# database half (FrontDoorFuzzIT, 40 inputs against a real Neo4j). Prints each property's outcome counts.
# Usage: bench/fuzz.sh [tries per property]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tries=${1:-2500}
mvn -B -o verify -Djqwik.tries.default="$tries" \
  -Dtest='FrontDoorFuzzTests,IngestFuzzTests,CommandLineFuzzTests' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=FrontDoorFuzzIT 2>&1 \
  | grep -a -E 'outcome =|^ +(refused|mapped|read|valid|written)|tries =|Tests run:|FAIL|Shrunk|arg[0-9]:' || true
