#!/usr/bin/env bash
# Benchmark: the CLI through the background server (ADR 0021) on the full graph (seed + Formula 1 + Le Mans), wall
# time as a person types each command:
#   1. the first question with no server running (the server's start included),
#   2. the README's example questions in a row right after it,
#   3. N rounds of five different questions once the server has planned its questions: p50 and p99,
#   4. the server's heap and resident memory at rest (paddock status --json),
#   5. the same first question with --no-server (its own embedded Neo4j), three times.
# Builds the graph on first use (through the server, so the import figures are printed then).
# The server runs with the paddock script's default options (class-data-sharing archive; ADR 0050); the
# archive is recorded when the first server after a build stops, which the graph build below includes.
# Usage: bench/background-server.sh [N]   (default N = 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-20}"
data="$PWD/target/bench-full-db"
export PADDOCK_DATA_DIR="$data"
export PADDOCK_JAVA_OPTS="${PADDOCK_JAVA_OPTS:--Xmx1g}"
# the server gets the paddock script's default options (PADDOCK_SERVER_JAVA_OPTS overrides them)
source bench/lib.sh
percentile() {  # percentile P of the numbers on stdin (nearest rank)
  sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR + 0.999999); if (i < 1) i = 1; print a[i]}'
}
full_graph "$data" || exit 0
./paddock stop >/dev/null
if [ -z "${PADDOCK_SERVER_JAVA_OPTS+set}" ] && [ ! target/paddock-server.jsa -nt target/paddock-0.1.0-SNAPSHOT.jar ]; then
  echo "recording the server's class-data-sharing archive (one server start and stop, not measured) …"
  ./paddock search hamilton >/dev/null 2>&1
  ./paddock stop >/dev/null
fi

machine load
first=$(seconds ./paddock teammates "Lewis Hamilton")
echo "first question, no server running (server start included): $first s"

readme=(
  "search|mucke"
  "teammates|Timo Bernhard|--season|2007"
  "teammates|Timo Bernhard|--with|Sascha Maassen"
  "h2h|Romain Dumas|Rinaldo Capello|--season|2007|--sources"
  "h2h|Penske|Dyson Racing|--teams"
  "rivals|Timo Bernhard|--limit|5"
  "records|wins|--by|manufacturer|--season|2007"
  "path|Richard Lietz|Seth Neiman"
  "career|Timo Bernhard|--sources"
  "crossover|--series|F1|--and|Le Mans|--winners"
)
start=$(date +%s.%N)
for line in "${readme[@]}"; do
  IFS='|' read -r -a args <<<"$line"
  ./paddock "${args[@]}" >/dev/null 2>&1 || echo "bench: failed: ${args[*]}" >&2
done
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="${#readme[@]}" 'BEGIN {printf "the README example questions in a row after the first (%d): %.2f s\n", n, e - s}'

planned() {  # the current server's planning line, once it has planned
  awk '/^Starting Neo4j/ {line = ""} /^Planned the questions/ {line = $0} END {if (line == "") exit 1; print line}' "$data/server.log"
}
for _ in $(seq 600); do
  planned >/dev/null && break
  sleep 1
done
planned
samples=()
for i in $(seq "$runs"); do
  samples+=("$(seconds ./paddock teammates "Lewis Hamilton")")
  samples+=("$(seconds ./paddock h2h "Lewis Hamilton" "Nico Rosberg")")
  samples+=("$(seconds ./paddock records wins --series f1)")
  samples+=("$(seconds ./paddock driver "Lewis Hamilton")")
  samples+=("$(seconds ./paddock search hamilton)")
done
printf 'later questions (%d): p50 %s s, p99 %s s, max %s s\n' "${#samples[@]}" \
  "$(printf '%s\n' "${samples[@]}" | percentile 50)" "$(printf '%s\n' "${samples[@]}" | percentile 99)" \
  "$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)"
sleep 5
./paddock status --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
mb = lambda b: b / 1048576
print("server at rest: heap %.0f MB used, %.0f MB committed, %.0f MB max; RSS %.0f MB; %d commands answered"
      % (mb(s["heapUsedBytes"]), mb(s["heapCommittedBytes"]), mb(s["heapMaxBytes"]), mb(s["rssBytes"]), s["commandsAnswered"]))'
./paddock stop >/dev/null
cold=()
for i in 1 2 3; do
  cold+=("$(seconds ./paddock teammates "Lewis Hamilton" --no-server)")
done
echo "--no-server cold (own embedded Neo4j): ${cold[*]} s (median $(median_of "${cold[@]}") s)"
