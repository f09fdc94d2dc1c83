#!/usr/bin/env bash
# The long kill-point run of issue 22 (io.paddock.cli.KilledImports; KilledImportIT is the short version in CI): the
# full Ergast and Le Mans imports on the shipped seed, killed with SIGKILL (the `paddock import --no-server` process,
# the background server an import runs in, or `paddock serve` with `paddock import --uri` writing to it) in chosen
# batches of different statements. Each time: the data directory must open (a `paddock cypher` query), the same import
# run again must complete, and the sorted full export must have the SHA-256 of a clean import's. Prints a log line per
# kill and a Markdown table at the end (docs/reliability.md, "Kill points and outcomes"). Exit code 1 on any failure.
#   bench/crash.sh [WORK_DIR [POINTS]]   (default target/crash and every point; the Le Mans half took 50 minutes on this
#   2-core machine under load). POINTS picks some, e.g. lemans:entries,lemans:crew
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data=../shared/data
for dataset in ergast-f1-csv lemans24; do
  [ -d "$data/$dataset" ] || { echo "bench: $data/$dataset is absent: nothing to run"; exit 0; }
done
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" io.paddock.cli.KilledImports \
  "${1:-target/crash}" "$data" ${2:+"$2"}
