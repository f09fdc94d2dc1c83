#!/usr/bin/env bash
# The long load run of issue 22: 16 clients, each with its own connection, ask the facade's question mix of one
# `paddock serve` process holding the full graph for 10 minutes (io.paddock.cli.ServerLoad; ServerLoadIT is the
# 20-second version on the seed: mvn -B verify -Dit.test=ServerLoadIT). Prints the Markdown report: p50/p99 per question and minute, then the
# server's heap, resident memory, threads and open transactions over time. Exit code 1 on any error or wrong answer.
#   bench/server-load.sh [MINUTES] [CLIENTS]     (data directory: target/bench-full-db, built on first use)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
data=target/bench-full-db
full_graph "$data"
./paddock stop --data-dir "$data" >/dev/null 2>&1 || true
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" io.paddock.cli.ServerLoad "$data" "${1:-10}" "${2:-16}"
