#!/usr/bin/env bash
# What the writer's rules cost an import, side by side with a baseline build in one run (issue 22 item 1, ADR 0030):
# builds BASE (a git revision, default main) in a detached worktree under target/base-<rev> and the current sources in
# place, then ROUNDS times (default 2), alternating which build goes first, writes a fresh data directory with each:
# the shipped seed, then F1DB, Ergast and Le Mans in full, in that order (Ergast after F1DB is the case where a
# lower-ranked source fills in values, the rules' costly path). Prints the seconds of each step per run, the medians
# of the three imports per build and the current build's as a multiple of the baseline's.
# Needs ../shared/data (Ergast, Le Mans, F1DB); about 2 minutes a run on 2 idle cores. Nothing is compared but time:
# the graphs differ where the rules differ.
# Usage: bench/import-cost.sh [BASE] [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib.sh
root="$PWD"
base="${1:-main}"
rounds="${2:-2}"
shared="$root/../shared/data"
for dataset in ergast-f1-csv lemans24 f1db; do
  [ -e "$shared/$dataset" ] || { echo "import-cost.sh: $shared/$dataset is absent: nothing to measure" >&2; exit 1; }
done
old="$root/target/base-$(git rev-parse --short "$base^{commit}")"
build_in_worktree "$base" "$old"
echo "building the current sources ($(git rev-parse --short HEAD)$([ -z "$(git status --porcelain)" ] || echo ', with uncommitted changes')) …"
mvn -B -o -q package -Dmaven.test.skip=true 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'
f1db_dir=$(f1db_data "$root" "$shared")
export PADDOCK_JAVA_OPTS="${PADDOCK_JAVA_OPTS:--Xmx2g}" PADDOCK_NO_WARM_UP=1
work="$root/target/import-cost"
rm -rf "$work"; mkdir -p "$work"

step() {  # build, data dir, what to run: prints the seconds it took
  local release="$1" data="$2"; shift 2
  local start end rc=0
  start=$(date +%s.%N)
  "$release/paddock" "$@" --data-dir "$data" >>"$data.log" 2>&1 || rc=$?
  end=$(date +%s.%N)
  # exit 3: rows the dataset itself leaves out, listed; the same for both builds
  [ "$rc" = 0 ] || [ "$rc" = 3 ] || { echo "import-cost.sh: $release/paddock $* exited $rc (see $data.log)" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}'
}
run() {  # build label, build dir, round
  local label="$1" release="$2" data="$work/$1-$3" seed f1db ergast lemans
  seed=$(step "$release" "$data" load)
  f1db=$(step "$release" "$data" import f1db "$f1db_dir")
  ergast=$(step "$release" "$data" import ergast "$shared/ergast-f1-csv")
  lemans=$(step "$release" "$data" import lemans "$shared/lemans24")
  "$release/paddock" stop --data-dir "$data" >/dev/null 2>&1 || true
  imports=$(awk -v b="$f1db" -v c="$ergast" -v d="$lemans" 'BEGIN {printf "%.1f", b + c + d}')
  total=$(awk -v a="$seed" -v i="$imports" 'BEGIN {printf "%.1f", a + i}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$3" "$seed" "$f1db" "$ergast" "$lemans" "$imports" "$total"
  echo "$imports" >>"$work/$label.imports"
}
echo
machine load
echo "| build | round | seed s | F1DB s | Ergast s | Le Mans s | the three imports s | total s |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    run baseline "$old" "$round"; run current "$root" "$round"
  else
    run current "$root" "$round"; run baseline "$old" "$round"
  fi
done
# The seed step is mostly starting the server (the first run of a fresh build pays for its class-data archive too),
# so the imports alone are compared.
b=$(median_of $(cat "$work/baseline.imports")) c=$(median_of $(cat "$work/current.imports"))
echo
echo "median of the three imports: baseline $b s, current $c s: current = $(awk -v b="$b" -v c="$c" 'BEGIN {printf "%.2f", c / b}') × baseline ($(machine load | sed 's/^machine: //'))"
