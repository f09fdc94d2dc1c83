# Helpers the bench scripts share; source it, do not run it.
seconds() {  # wall time of one call, in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f\n", e - s}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
median_of() { printf '%s\n' "$@" | median; }  # the median of the samples given as arguments
# The machine the figures come from, one line: cores, memory, Java; with the argument "load", the load average too.
machine() {
  local line="machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p)"
  [ "${1:-}" = load ] && line="$line, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$line"
}
# The full graph (shipped seed + Ergast F1 + Le Mans) in the data directory $1, built on first use, the import figures
# printed then; a marker file says the build completed. Returns 1 (after a message) when a dataset is absent.
full_graph() {
  local data="$1" shared="../shared/data" dataset
  for dataset in ergast-f1-csv lemans24; do
    [ -d "$shared/$dataset" ] || { echo "bench: $shared/$dataset is absent: nothing to measure"; return 1; }
  done
  [ -f "$data/bench-complete" ] && return 0
  rm -rf "$data"
  ./paddock load --data-dir "$data" >/dev/null
  ./paddock import ergast "$shared/ergast-f1-csv" --data-dir "$data"
  ./paddock import lemans "$shared/lemans24" --data-dir "$data"
  touch "$data/bench-complete"
}
# Builds git revision $1 (offline, no tests) in a detached worktree at $2, made on first use; a `mvn clean` of this
# checkout deletes target/, hence the prune. Used to run a previous build side by side with the current one.
build_in_worktree() {
  local rev="$1" dir="$2"
  git worktree prune
  [ -d "$dir" ] || git worktree add -q --detach "$dir" "$rev"
  [ "$(git -C "$dir" rev-parse HEAD)" = "$(git rev-parse "$rev^{commit}")" ] || { echo "bench: $dir is not at $rev" >&2; return 1; }
  echo "building $rev ($(git rev-parse --short "$rev^{commit}")) in $dir …"
  (cd "$dir" && mvn -B -o -q package -Dmaven.test.skip=true 2>&1) | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'
}
# F1DB's src/data folder, unpacked once from ../shared/data into target/f1db (never into the repository): prints its path.
f1db_data() {
  local root="$1" shared="$2"
  mkdir -p "$root/target/f1db"
  [ -d "$root/target/f1db/src/data" ] || tar xJf "$shared/f1db/f1db-src-data.tar.xz" -C "$root/target/f1db"
  echo "$root/target/f1db/src/data"
}
