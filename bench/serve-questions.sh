#!/usr/bin/env bash
# Benchmark: ten CLI questions in a row through a running `paddock serve` (each a fresh JVM, as a person types them),
# then the first of them again on the cold path (serve stopped: the command starts its own embedded database), and
# where the cold seconds go (io.paddock.bench.ColdQuestionBenchmark, when the test classes are compiled).
# Starts serve on a fresh temporary data directory (seed loaded) on free ports; stops it at the end. One untimed
# question first: it writes the launcher's class-data-sharing archive if there is none (the first run after a build
# does), so the ten timed ones map it as a user's do.
# Usage: bench/serve-questions.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh

PADDOCK_CDS=off ./paddock --version >/dev/null    # builds if needed, without writing the archive from --version
mkdir -p target
data="$(mktemp -d target/bench-serve-XXXXXX)"
out="$data.out"
PADDOCK_CDS=off ./paddock serve --data-dir "$data" --bolt-port 0 --http-port 0 >"$out" 2>"$data.err" &
serve_pid=$!
trap 'kill -TERM "$serve_pid" 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  grep -q '^Press Ctrl-C' "$out" 2>/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$data.err" >&2; exit 1; }
  sleep 0.5
done
grep -q '^Press Ctrl-C' "$out" || { echo "serve did not start" >&2; exit 1; }
sed -n 's/^Paddock is serving .*(\(ready in .*\))$/serve: \1/p' "$out"
for _ in $(seq 600); do grep -q '^Planned the questions' "$data.err" && break; sleep 0.5; done   # background warm-up
sed -n 's/^Planned the questions (\([0-9]*\) answered) in \([0-9.]* s\).*/serve: planned \1 questions in \2 after ready/p' "$data.err"

./paddock search bernhard --data-dir "$data" >/dev/null 2>&1    # untimed: writes the archive when missing
questions=(
  'teammates|Timo Bernhard|--season|2007'
  'h2h|Dumas|Capello'
  'records|wins'
  'driver|Sascha Maassen'
  'rivals|Timo Bernhard|--limit|5'
  'path|Richard Lietz|Seth Neiman'
  'career|Timo Bernhard'
  'search|mucke'
  'records|closest-finishes'
  'event|Petit Le Mans 2007'
)
cpu_seconds() { sed -n 2p "$1" | awk '{gsub(/[ms]/, " "); split($0, t, " "); printf "%.2f", t[1]*60 + t[2] + t[3]*60 + t[4]}'; }
times >"$data.t0"    # `times`: user and sys of this shell's finished children (and theirs), line 2
total_start=$(date +%s.%N)
for q in "${questions[@]}"; do
  IFS='|' read -r -a args <<<"$q"
  printf '  %5s s  paddock %s\n' "$(seconds ./paddock "${args[@]}" --data-dir "$data")" "${args[*]}"
done
total_end=$(date +%s.%N)
total=$(awk -v s="$total_start" -v e="$total_end" 'BEGIN {printf "%.2f", e - s}')
times >"$data.t1"
cpu_total=$(awk -v s="$(cpu_seconds "$data.t0")" -v e="$(cpu_seconds "$data.t1")" 'BEGIN {printf "%.2f", e - s}')

kill -TERM "$serve_pid"; wait "$serve_pid" || true; trap - EXIT   # a script's background job ignores SIGINT
cold=$(seconds ./paddock teammates "Timo Bernhard" --season 2007 --data-dir "$data")
breakdown="(compile the test classes for the breakdown: mvn -B -q test-compile)"
if [ -f target/test-classes/io/paddock/bench/ColdQuestionBenchmark.class ]; then
  breakdown=$(java -XX:TieredStopAtLevel=1 -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN \
    -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.ColdQuestionBenchmark "$data" 2>/dev/null | tail -n 1)
fi

machine load
echo "ten questions through paddock serve: ${total} s total (the CLI processes used ${cpu_total} s of CPU, user + sys)"
echo "the first question cold (no serve, embedded start): ${cold} s"
echo "cold breakdown (ms, one fresh JVM without the CDS archive): ${breakdown}"
rm -rf "$data" "$data.out" "$data.err" "$data.t0" "$data.t1"
