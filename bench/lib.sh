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
