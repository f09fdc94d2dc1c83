#!/usr/bin/env bash
# Benchmark: the CLI through the background server (ADR 0021) on the full graph (seed + Formula 1 + Le Mans), wall
# time as a person types each command:
#   1. the first question with no server running (the server's start included),
#   2. the README's example questions in a row right after it,
#   3. N rounds of five different questions once the server has planned its questions: p50 and p99,
#   4. the server's heap and resident memory at rest (paddock status --json),
#   5. the same first question with --no-server (its own embedded Neo4j), three times.
# Builds the graph on first use (through the server, so the import figures are printed then).
# Usage: bench/background-server.sh [N]   (default N = 20)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-20}"
data="$PWD/target/bench-full-db"
shared="../shared/data"
export PADDOCK_DATA_DIR="$data"
export PADDOCK_JAVA_OPTS="${PADDOCK_JAVA_OPTS:--Xmx1g}"
export PADDOCK_SERVER_JAVA_OPTS="${PADDOCK_SERVER_JAVA_OPTS:--Xmx1g}"
for dataset in ergast-f1-csv lemans24; do
  [ -d "$shared/$dataset" ] || { echo "bench: $shared/$dataset is absent: nothing to measure"; exit 0; }
done
source bench/lib.sh
percentile() {  # percentile P of the numbers on stdin (nearest rank)
  sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR + 0.999999); if (i < 1) i = 1; print a[i]}'
}

if [ ! -f "$data/bench-complete" ]; then
  rm -rf "$data"
  ./paddock load >/dev/null
  ./paddock import ergast "$shared/ergast-f1-csv"
  ./paddock import lemans "$shared/lemans24"
  touch "$data/bench-complete"
fi
./paddock stop >/dev/null

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p), load $(cut -d' ' -f1-3 /proc/loadavg)"
first=$(seconds ./paddock teammates "Lewis Hamilton")
echo "first question, no server running (server start included): $first s"

readme=(
  "search|mucke"
  "teammates|Timo Bernhard|--season|2007"
  "teammates|bernhard|--with|maassen"
  "h2h|Dumas|Capello|--season|2007|--sources"
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
  ./paddock "${args[@]}" >/dev/null 2>&1
done
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="${#readme[@]}" 'BEGIN {printf "the README example questions in a row after the first (%d): %.2f s\n", n, e - s}'

for _ in $(seq 600); do
  grep -q "Planned the questions" "$data/server.log" 2>/dev/null && break
  sleep 1
done
grep "Planned the questions" "$data/server.log" | tail -1
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
echo "--no-server cold (own embedded Neo4j): ${cold[*]} s (median $(printf '%s\n' "${cold[@]}" | median) s)"
