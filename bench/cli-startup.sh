#!/usr/bin/env bash
# Benchmark: wall time of one CLI call against the embedded database, with and without the class-data-sharing
# archive the launcher keeps in target/paddock.jsa. Both variants run alternately in one run, N times each
# (default 7), after one warm-up call each; prints every sample and the medians.
# Usage: bench/cli-startup.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-7}"
data="target/bench-startup-db"
./paddock load --data-dir "$data" >/dev/null 2>&1          # builds if needed, loads the seed, writes the archive
PADDOCK_CDS=off ./paddock cypher "RETURN 1" --data-dir "$data" >/dev/null 2>&1
./paddock cypher "RETURN 1" --data-dir "$data" >/dev/null 2>&1

source bench/lib.sh

off=(); on=()
for i in $(seq "$runs"); do
  off+=("$(PADDOCK_CDS=off seconds ./paddock cypher "MATCH (d:Driver) RETURN count(d)" --data-dir "$data")")
  on+=("$(seconds ./paddock cypher "MATCH (d:Driver) RETURN count(d)" --data-dir "$data")")
done
machine
echo "without archive: ${off[*]}"
echo "with archive:    ${on[*]}"
printf 'median without archive: %.2f s\n' "$(median_of "${off[@]}")"
printf 'median with archive:    %.2f s\n' "$(median_of "${on[@]}")"
