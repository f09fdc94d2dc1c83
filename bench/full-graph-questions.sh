#!/usr/bin/env bash
# Benchmark: wall time of one CLI question on the full graph (seed + Formula 1 + Le Mans) in the embedded
# database, as a person types it: a teammates and a records question, alternately, N times each (default 5),
# after one warm-up call each; prints every sample and the medians. Builds the graph on first use with
# -Xmx1g (the import times are printed then). Usage: bench/full-graph-questions.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
data="$PWD/target/bench-full-db"
export PADDOCK_JAVA_OPTS="${PADDOCK_JAVA_OPTS:--Xmx1g}"
source bench/lib.sh
full_graph "$data" || exit 0

./paddock teammates "Lewis Hamilton" --data-dir "$data" >/dev/null 2>&1
./paddock records wins --series f1 --data-dir "$data" >/dev/null 2>&1
teammates=(); records=()
for i in $(seq "$runs"); do
  teammates+=("$(seconds ./paddock teammates "Lewis Hamilton" --data-dir "$data")")
  records+=("$(seconds ./paddock records wins --series f1 --data-dir "$data")")
done
machine load
echo "teammates \"Lewis Hamilton\":     ${teammates[*]}"
echo "records wins --series f1:       ${records[*]}"
printf 'median teammates: %.2f s\n' "$(median_of "${teammates[@]}")"
printf 'median records:   %.2f s\n' "$(median_of "${records[@]}")"
