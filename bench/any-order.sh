#!/usr/bin/env bash
# The long proof that the order of the sources does not change the graph (issue 22, docs/reliability.md): the
# shipped seed, Ergast F1, Le Mans and F1DB imported in full into an empty database in two orders, each order twice
# (four databases under target/any-order/, one after the other), each followed by the sorted full export
# (GraphExport). Prints one line per database: the export's SHA-256, the order, nodes, relationships and times; the
# four hashes must be equal. Exports stay in target/any-order/run/*.export for a diff. The CI part of this proof is
# FullDataIT#theSecondPassInAnotherOrderLeavesTheSameGraph (full-data profile).
# Needs the datasets at ../shared/data/ (never copied into the repository); about 10 minutes a database on 2 cores.
# Usage: bench/any-order.sh [ORDER ORDER [TIMES]]   (default: seed,ergast,lemans,f1db and f1db,lemans,ergast,seed,
# twice each; TIMES=1 builds each order once, on a busy machine)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
first="${1:-seed,ergast,lemans,f1db}"
second="${2:-f1db,lemans,ergast,seed}"
times="${3:-2}"
orders=()
for _ in $(seq "$times"); do orders+=("$first" "$second"); done
mvn -B -q -o test-compile
out=target/any-order/run
rm -rf "$out"; mkdir -p "$(dirname "$out")"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
java -Xmx3g -cp "target/test-classes:target/classes:target/lib/*" io.paddock.importer.AnyOrder "$out" \
  "${orders[@]}" 2>&1 | grep -v -E '^(INFO|[A-Z][a-z]{2} [0-9]{2}, [0-9]{4})' | tee "$out.log"
hashes=$(grep -c -E '^[0-9a-f]{64} ' "$out.log" || true)
distinct=$(grep -o -E '^[0-9a-f]{64}' "$out.log" | sort -u | wc -l)
if [ "$hashes" -eq "${#orders[@]}" ] && [ "$distinct" -eq 1 ]; then
  echo "any order: the $hashes full exports are equal"
else
  echo "any order: $distinct different exports among $hashes (diff the files in $out)"
  exit 1
fi
