#!/usr/bin/env bash
# The store scale measurement of docs/store.md: for each size, generate small articles, seed the
# output folder (one run with the tests' line engine, see StoreScale.java), then time the packaged
# tool: three unchanged re-runs, and three runs that each add one new article. The cost of one
# article alone (a run on a folder holding only it: JVM start, model load, analysis) is timed too,
# so that the machinery's share of an add-one run is the difference.
#
# Usage: src/scripts/store-scale.sh [WORKDIR] [SIZES...]      (default: /tmp/newsclaims-scale 1000 10000 100000)
# Needs: mvn (offline is fine), java 17+. Sizes already generated and seeded in WORKDIR are reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/tmp/newsclaims-scale}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)

cd "$here"
mvn -q -B -o -DskipTests package >&2
cp="target/test-classes:target/classes:target/lib/*"
java_opts=(-Xmx6g -Dfile.encoding=UTF-8)

seconds() { # seconds COMMAND...: runs it, prints wall seconds; output to $log
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$log" 2>&1 || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l | xargs printf '%.1f'
}

mkdir -p "$work"
log="$work/last.log"
printf '| articles | claims | claims.csv MB | db MB | seed s | unchanged re-run s | add one s | one article alone s |\n'
printf '|---|---|---|---|---|---|---|---|\n'
version=$(java -cp "$cp" org.newsclaims.pipeline.StoreScale version)
for n in "${sizes[@]}"; do
  dir="$work/$n"
  # A store seeded by other code would be analysed again whole: seed it anew.
  if [ "$(cut -d' ' -f2 "$dir/seeded" 2>/dev/null)" != "$version" ]; then
    rm -rf "$dir"
    seed=$(seconds java "${java_opts[@]}" -cp "$cp" -Dnewsclaims.root="$here" org.newsclaims.pipeline.StoreScale seed "$n" "$dir")
    echo "$seed $version" >"$dir/seeded"
  fi
  seed=$(cut -d' ' -f1 "$dir/seeded")
  rerun=()
  for i in 1 2 3; do
    rerun+=("$(seconds java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$dir/in" --out "$dir/out")")
    grep -q '(0 analysed' "$log" || { echo "re-run analysed something:" >&2; cat "$log" >&2; exit 1; }
  done
  added=()
  alone=()
  for i in 1 2 3; do
    mkdir -p "$dir/in/added"
    k=$(( n + $(find "$dir/in/added" -name '*.txt' | wc -l) ))
    java "${java_opts[@]}" -cp "$cp" -Dnewsclaims.root="$here" org.newsclaims.pipeline.StoreScale write "$dir/in/added" "$k"
    added+=("$(seconds java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$dir/in" --out "$dir/out")")
    grep -q '(1 analysed' "$log" || { echo "add-one run did not analyse exactly one:" >&2; cat "$log" >&2; exit 1; }
    rm -rf "$work/alone"
    mkdir -p "$work/alone/in"
    cp "$dir/in/added/$(printf "article-%07d.txt" "$k")" "$work/alone/in/"
    alone+=("$(seconds java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$work/alone/in" --out "$work/alone/out")")
  done
  claims=$(sqlite3 "$dir/out/newsclaims.db" 'SELECT sum(claims) FROM articles')
  csv=$(du -m "$dir/out/claims.csv" | cut -f1)
  db=$(du -m "$dir/out/newsclaims.db" | cut -f1)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$claims" "$csv" "$db" "$seed" "${rerun[*]}" "${added[*]}" \
    "${alone[*]}"
done
