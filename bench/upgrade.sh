#!/usr/bin/env bash
# The upgrade check (docs/reliability.md, ADR 0032): a data directory written by the previous release opens with the
# current build, its migrations applied, and answers as a data directory the current build writes from the same inputs.
#
#   1. builds the previous release (the git tag, default v0.1.0; PADDOCK_PREVIOUS=tag to pick another) in a detached
#      git worktree under target/<tag>, offline, and the current sources in place;
#   2. writes a data directory with the previous release's ./paddock: the shipped seed, then Formula 1 2002 (Ergast
#      CSV) and the 24 Hours of Le Mans 2010 from ../shared/data; with --full, the seed and the whole of F1DB, Ergast
#      and Le Mans instead (minutes of CPU per release);
#   3. copies it and opens the copy with the current ./paddock (its migrations are applied on open), and writes a fresh
#      data directory from the same inputs with the current ./paddock;
#   4. compares the two: the migration chain (before and after the upgrade), the schema (constraints, indexes), a fixed
#      set of questions with --json (records, teammates, h2h, profiles) and the sorted whole-graph export (the lines of
#      src/test/java/io/paddock/importer/GraphExport.java: every node and relationship with its properties).
#
# Prints a table and exits 1 when anything differs (the differing files stay under target/upgrade/<tag>/).
# --no-export leaves the whole-graph export out, for a release that changes what the importers write on purpose.
# --write-fixture writes the previous release's data directory (small inputs only) to
# src/test/resources/upgrade/<tag>-small.zip with previous-release.properties, the fixture UpgradeIT reads in CI.
#
# Usage: bench/upgrade.sh [--full] [--no-export] [--write-fixture]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
root="$PWD"
tag="${PADDOCK_PREVIOUS:-v0.1.0}"
full=""; export_check=1; write_fixture=""
for arg in "$@"; do
  case "$arg" in
    --full) full=1 ;;
    --no-export) export_check="" ;;
    --write-fixture) write_fixture=1 ;;
    *) echo "upgrade.sh: unknown option '$arg' (--full, --no-export, --write-fixture)" >&2; exit 2 ;;
  esac
done
[ -z "$full" ] || [ -z "$write_fixture" ] || { echo "upgrade.sh: --write-fixture writes the small inputs only" >&2; exit 2; }
shared="$root/../shared/data"
for dataset in ergast-f1-csv lemans24; do
  [ -d "$shared/$dataset" ] || { echo "upgrade.sh: $shared/$dataset is absent: nothing to check" >&2; exit 1; }
done
git rev-parse -q --verify "refs/tags/$tag" >/dev/null || { echo "upgrade.sh: no tag $tag in this repository" >&2; exit 1; }
commit="$(git rev-parse "$tag^{commit}")"
export PADDOCK_JAVA_OPTS="${PADDOCK_JAVA_OPTS:--Xmx1g}"
started=$(date +%s)
inputs="seed + F1 2002 + Le Mans 2010"
[ -z "$full" ] || inputs="seed + F1DB + Ergast + Le Mans, in full"

# 1. Both builds. The old one in its own worktree.
old="$root/target/$tag"
build_in_worktree "$tag" "$old"
echo "building the current sources ($(git rev-parse --short HEAD)$([ -z "$(git status --porcelain)" ] || echo ', with uncommitted changes')) …"
mvn -B -o -q package -Dmaven.test.skip=true 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d'

work="$root/target/upgrade/$tag${full:+-full}"
rm -rf "$work"; mkdir -p "$work"
written="$work/written-by-$tag" upgraded="$work/upgraded" fresh="$work/fresh"
servers=()
stop_servers() {
  local entry
  for entry in "${servers[@]}"; do
    "${entry%%|*}/paddock" stop --data-dir "${entry#*|}" >/dev/null 2>&1 || true
  done
}
trap stop_servers EXIT

# 2./3. The inputs, written by a release's ./paddock into a data directory. Exit code 3 of an import (rows left out,
# listed) is the dataset's own: both releases must leave out the same rows (their lists are compared too).
write() {
  local release="$1" data="$2" rc
  servers+=("$release|$data")
  "$release/paddock" load --data-dir "$data" >"$data.load.txt" 2>&1
  if [ -n "$full" ]; then
    imports=("f1db $(f1db_data "$root" "$shared")" "ergast $shared/ergast-f1-csv" "lemans $shared/lemans24")
  else
    imports=("ergast $shared/ergast-f1-csv --from 2002 --to 2002" "lemans $shared/lemans24 --from 2010 --to 2010")
  fi
  for spec in "${imports[@]}"; do
    rc=0
    # shellcheck disable=SC2086
    "$release/paddock" import $spec --show-rejected --data-dir "$data" >>"$data.import.txt" 2>"$data.rejected.txt.part" || rc=$?
    grep -E '^ *[^ ]+:[0-9]+: ' "$data.rejected.txt.part" >>"$data.rejected.txt" || true
    rm -f "$data.rejected.txt.part"
    [ "$rc" = 0 ] || [ "$rc" = 3 ] || { echo "upgrade.sh: $release/paddock import $spec exited $rc" >&2; exit 1; }
  done
}

migrations_query='MATCH (m:__Neo4jMigration) WHERE m.version <> "BASELINE"
RETURN m.version AS version, m.description AS description, m.source AS file, m.checksum AS checksum ORDER BY version'
echo "writing a data directory with $tag …"
t=$(date +%s); write "$old" "$written"
"$old/paddock" cypher "$migrations_query" --json --data-dir "$written" >"$work/migrations-before.json"
"$old/paddock" stop --data-dir "$written" >/dev/null
written_s=$(( $(date +%s) - t ))

if [ -n "$write_fixture" ]; then
  fixture_dir="$root/src/test/resources/upgrade"
  mkdir -p "$fixture_dir"
  rm -f "$fixture_dir/$tag-small.zip"
  (cd "$written" && zip -q -r -9 -X "$fixture_dir/$tag-small.zip" data -x '*/store_lock' '*/database_lock')
  {
    echo "# Written by bench/upgrade.sh --write-fixture: the release the fixture comes from and what was loaded into it."
    echo "tag=$tag"
    echo "commit=$commit"
    echo "fixture=$tag-small.zip"
    echo "ergast.years=2002-2002"
    echo "lemans.years=2010-2010"
    echo "migrations=$(jq -r '[.[].file] | join(",")' "$work/migrations-before.json")"
  } >"$fixture_dir/previous-release.properties"
  echo "fixture: $fixture_dir/$tag-small.zip ($(stat -c %s "$fixture_dir/$tag-small.zip") bytes)"
fi

echo "opening a copy with the current build …"
cp -r "$written" "$upgraded"
rm -f "$upgraded"/server.* "$upgraded"/*.json 2>/dev/null || true
t=$(date +%s)
servers+=("$root|$upgraded")
"$root/paddock" cypher "$migrations_query" --json --data-dir "$upgraded" >"$work/migrations-upgraded.json"
opened_s=$(( $(date +%s) - t ))
echo "writing a fresh data directory with the current build …"
t=$(date +%s); write "$root" "$fresh"
fresh_s=$(( $(date +%s) - t ))
"$root/paddock" cypher "$migrations_query" --json --data-dir "$fresh" >"$work/migrations-fresh.json"

# 4. The same questions on both, each with --json, and what is compared besides them.
# one question a line, its arguments separated by '|'
questions=(
  "records|wins"
  "records|wins|--series|f1|--limit|20"
  "records|poles|--series|f1|--details|--limit|10"
  "records|wins|--by|manufacturer|--series|lemans"
  "records|titles"
  "teammates|Romain Dumas|--sources"
  "teammates|Michael Schumacher|--season|2002"
  "h2h|Dumas|Capello"
  "h2h|Michael Schumacher|Rubens Barrichello|--season|2002"
  "driver|Romain Dumas|--sources"
  "team|Audi Sport Team Joest"
  "event|Petit Le Mans 2007"
  "search|Fassler"
)
ask() {  # ask DATA_DIR QUESTION: the question's JSON from the current build
  local args
  IFS='|' read -r -a args <<<"$2"
  "$root/paddock" "${args[@]}" --json --data-dir "$1"
}
schema_query='SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, state, owningConstraint ORDER BY name'
# the export one label and one relationship type at a time (the full graph's in one answer would not fit a heap)
nodes_query='MATCH (n) WHERE labels(n)[0] = $label AND NOT any(l IN labels(n) WHERE l STARTS WITH "__")
RETURN labels(n) AS labels, properties(n) AS props'
rels_query='MATCH (a)-[r]->(b) WHERE type(r) = $type AND NOT any(l IN labels(a) WHERE l STARTS WITH "__")
RETURN labels(a)[0] + ":" + a.id AS from, type(r) AS type, labels(b)[0] + ":" + b.id AS to, properties(r) AS props'
# GraphExport's lines: lists (sets in the model) and keys sorted, then the lines sorted
canonical='.[] | (if has("labels") then "node \(.labels | sort) " else "rel \(.from) -\(.type)-> \(.to) " end)
  + (.props | to_entries | sort_by(.key) | map(.value |= (if type == "array" then sort else . end)) | from_entries | tojson)'
export_of() {
  local data="$1" label type
  for label in $("$root/paddock" cypher 'CALL db.labels() YIELD label WHERE NOT label STARTS WITH "__" RETURN label' \
                   --json --data-dir "$data" | jq -r '.[].label'); do
    "$root/paddock" cypher "$nodes_query" -p "label=$label" --json --data-dir "$data" | jq -r "$canonical"
  done | LC_ALL=C sort
  for type in $("$root/paddock" cypher 'CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type' \
                  --json --data-dir "$data" | jq -r '.[].type'); do
    "$root/paddock" cypher "$rels_query" -p "type=$type" --json --data-dir "$data" | jq -r "$canonical"
  done | LC_ALL=C sort
}

differences=0
row() { printf '%-58s %-10s %s\n' "$1" "$2" "$3"; }
compare() {  # compare NAME FILE_A FILE_B DETAIL
  if cmp -s "$2" "$3"; then row "$1" same "$4"; else row "$1" DIFFERENT "$4 (diff $2 $3)"; differences=$((differences + 1)); fi
}
mkdir -p "$work/answers"
i=0
for q in "${questions[@]}"; do
  i=$((i + 1))
  ask "$upgraded" "$q" >"$work/answers/$i-upgraded.json" 2>&1 || echo "exit $?" >>"$work/answers/$i-upgraded.json"
  ask "$fresh" "$q" >"$work/answers/$i-fresh.json" 2>&1 || echo "exit $?" >>"$work/answers/$i-fresh.json"
done
"$root/paddock" cypher "$schema_query" --json --data-dir "$upgraded" >"$work/schema-upgraded.json"
"$root/paddock" cypher "$schema_query" --json --data-dir "$fresh" >"$work/schema-fresh.json"
if [ -n "$export_check" ]; then
  export_of "$upgraded" | sed -E 's/, precedenceOf=\[[^]]*\]//' >"$work/export-upgraded.txt"
  # v0.1.0 kept no value ranks (precedenceOf, ADR 0030); no migration can know them, importing again records them
  export_of "$fresh" | sed -E 's/, precedenceOf=\[[^]]*\]//' >"$work/export-fresh.txt"
fi

echo
echo "Upgrade check: $tag ($(git rev-parse --short "$commit")) -> current ($(git rev-parse --short HEAD)), $inputs"
echo "written by $tag in ${written_s} s; opened by the current build in ${opened_s} s; fresh current data directory in ${fresh_s} s"
echo "migrations recorded by $tag:         $(jq -r '[.[] | .version + " " + .description] | join(", ")' "$work/migrations-before.json")"
echo "migrations after opening:            $(jq -r '[.[] | .version + " " + .description] | join(", ")' "$work/migrations-upgraded.json")"
applied="$(jq -r --slurpfile before "$work/migrations-before.json" \
  '[.[] | select(.version as $v | ($before[0] | map(.version) | index($v)) == null) | .version + " " + .description] | join(", ")' \
  "$work/migrations-upgraded.json")"
echo "applied on opening:                  ${applied:-none (the current build ships no new migration)}"
echo
row "check" "result" "detail"
compare "migration chain (version, description, file, checksum)" "$work/migrations-upgraded.json" "$work/migrations-fresh.json" \
  "$(jq length "$work/migrations-fresh.json") migrations"
compare "schema (SHOW INDEXES)" "$work/schema-upgraded.json" "$work/schema-fresh.json" "$(jq length "$work/schema-fresh.json") indexes"
compare "rows left out by the imports" "$written.rejected.txt" "$fresh.rejected.txt" "$(wc -l <"$fresh.rejected.txt") rows"
i=0
for q in "${questions[@]}"; do
  i=$((i + 1))
  compare "${q//|/ }" "$work/answers/$i-upgraded.json" "$work/answers/$i-fresh.json" "$(wc -c <"$work/answers/$i-fresh.json") bytes of JSON"
done
if [ -n "$export_check" ]; then
  compare "whole-graph export (sorted)" "$work/export-upgraded.txt" "$work/export-fresh.txt" \
    "$(grep -c '^node' "$work/export-fresh.txt") nodes, $(grep -c '^rel' "$work/export-fresh.txt") relationships"
fi
echo
echo "$differences difference(s); $(( $(date +%s) - started )) s in all; files under ${work#"$root"/}"
[ "$differences" = 0 ]
