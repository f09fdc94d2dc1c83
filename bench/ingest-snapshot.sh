#!/usr/bin/env bash
# Records everything `paddock ingest` prints and writes for the shipped reports, with a sha256 per file, so that a
# refactoring of the ingest package can show it changed nothing (ADR 0036): run it as NAME=before, change the code,
# run it as NAME=after, then `diff target/ingest-before.sha256 target/ingest-after.sha256` (no output: identical).
# Usage: bench/ingest-snapshot.sh NAME [REPORTS_DIR]   (REPORTS_DIR: ../shared/seeds)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: bench/ingest-snapshot.sh NAME [REPORTS_DIR]}
reports=${2:-../shared/seeds}
dest=target/ingest-$name
rm -rf target/ingest-run "$dest"
mkdir -p "$dest"
seeds=("$reports"/*.txt)
export PADDOCK_NO_SERVER=1 PADDOCK_CDS=off
# The same output folder every run: --json prints the folder it wrote.
./paddock ingest --no-server "${seeds[@]}" --out target/ingest-run/files > "$dest/table.txt"
./paddock ingest --no-server "${seeds[@]}" --out target/ingest-run/json --json > "$dest/json.txt"
./paddock ingest --no-server "${seeds[@]}" --out target/ingest-run/csv --csv > "$dest/csv.txt" 2> "$dest/csv.err"
./paddock ingest --no-server "${seeds[@]}" --out target/ingest-run/mentions --csv --mentions > "$dest/csv-mentions.txt" 2>/dev/null
./paddock ingest --no-server --quality "$reports" --misses > "$dest/quality.txt"
./paddock ingest --no-server --quality "$reports" --strict-names --misses > "$dest/quality-strict.txt"
./paddock ingest --no-server --quality "$reports" --json > "$dest/quality-json.txt"
mv target/ingest-run "$dest/out"
(cd "$dest" && find . -type f | sort | xargs sha256sum) > "target/ingest-$name.sha256"
echo "target/ingest-$name.sha256: $(wc -l < "target/ingest-$name.sha256") files"
