#!/usr/bin/env bash
# The benchmarks of docs/performance.md in one run: load (Paddock's importer vs LOAD CSV vs a naive per-row loader),
# queries (every facade question over Bolt vs the Bolt floor vs SQLite in-process, answers compared) and growth
# (synthetic history at several scales). Tables: target/bench/report.md and one CSV per table beside it.
# Needs the datasets at ../shared/data/ (never copied into the repository). The first queries run builds the full
# graph into target/bench-full-db (a few minutes); later runs reuse it.
# Usage: bench/run.sh [PARTS] [OPTIONS]   e.g. bench/run.sh   |   bench/run.sh queries   |   bench/run.sh growth scales=1,10,30
#   PARTS: comma-separated load,queries,growth (default all); OPTIONS: rounds=N (load, default 2),
#   naive=N (results rows the naive loader takes, default 5000), scales=1,10,100 (growth)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
parts="${1:-load,queries,growth}"
shift || true
mvn -B -q -Pbench verify -Dbench.parts="$parts" -Dbench.args="$*"
echo "tables: target/bench/report.md"
