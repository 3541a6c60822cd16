#!/usr/bin/env bash
# The store scale measurement of docs/store.md: for each size, generate small articles, seed the
# output folder (one run with the tests' line engine, see StoreScale.java), then time the packaged
# tool end to end (JVM start included): three unchanged re-runs, and three runs that each add one
# new article. The same new article alone in an empty folder (JVM start, model load, analysis) is
# timed after each add-one run: the machinery's share of adding an article is the difference.
# Figures are medians of three, wall clock and CPU (user + system) seconds: on a shared machine the
# CPU time moves less than the wall clock.
#
# Usage: src/scripts/store-scale.sh [WORKDIR] [SIZES...]      (default: /tmp/newsclaims-scale 1000 10000 100000)
# Needs: mvn (offline is fine), java 17+, sqlite3. A size already seeded in WORKDIR by the same code
# version is reused; seeded by other code, it is seeded anew (the tool would analyse it all again).
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
mkdir -p "$work"
log="$work/last.log"

timed() { # timed COMMAND...: runs it (output to $log), prints "WALL CPU" in seconds
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >"$log" 2>&1 || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
  awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$work/time"
}
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

version=$(java -cp "$cp" org.newsclaims.pipeline.StoreScale version)
printf '| articles | claims | claims.csv MB | db MB | seed s | unchanged re-run s (wall / CPU) | add one s (wall / CPU) | one article alone s (wall / CPU) | add one minus alone s |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  dir="$work/$n"
  if [ "$(cut -d' ' -f2 "$dir/seeded" 2>/dev/null)" != "$version" ]; then
    rm -rf "$dir"
    seed=$(timed java "${java_opts[@]}" -cp "$cp" -Dnewsclaims.root="$here" org.newsclaims.pipeline.StoreScale seed "$n" "$dir" | cut -d' ' -f1)
    echo "$seed $version" >"$dir/seeded"
  fi
  seed=$(cut -d' ' -f1 "$dir/seeded")
  rw=(); rc=(); aw=(); ac=(); lw=(); lc=(); dw=()
  for i in 1 2 3; do
    read -r w c < <(timed java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$dir/in" --out "$dir/out")
    grep -q '(0 analysed' "$log" || { echo "re-run analysed something:" >&2; cat "$log" >&2; exit 1; }
    rw+=("$w"); rc+=("$c")
  done
  for i in 1 2 3; do
    mkdir -p "$dir/in/added"
    k=$(( n + $(find "$dir/in/added" -name '*.txt' | wc -l) ))
    name=$(printf "article-%07d.txt" "$k")
    java -cp "$cp" org.newsclaims.pipeline.StoreScale write "$dir/in/added" "$k"
    read -r w c < <(timed java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$dir/in" --out "$dir/out")
    grep -q '(1 analysed' "$log" || { echo "add-one run did not analyse exactly one:" >&2; cat "$log" >&2; exit 1; }
    aw+=("$w"); ac+=("$c")
    rm -rf "$work/alone"
    mkdir -p "$work/alone/in"
    cp "$dir/in/added/$name" "$work/alone/in/"
    read -r w2 c2 < <(timed java "${java_opts[@]}" -jar target/newsclaims.jar extract --in "$work/alone/in" --out "$work/alone/out")
    lw+=("$w2"); lc+=("$c2")
    dw+=("$(echo "$w - $w2" | bc -l)")
  done
  claims=$(sqlite3 "$dir/out/newsclaims.db" 'SELECT sum(claims) FROM articles')
  csv=$(du -m "$dir/out/claims.csv" | cut -f1)
  db=$(du -m "$dir/out/newsclaims.db" | cut -f1)
  printf '| %s | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %.1f |\n' "$n" "$claims" "$csv" "$db" "$seed" \
    "$(median "${rw[@]}")" "$(median "${rc[@]}")" "$(median "${aw[@]}")" "$(median "${ac[@]}")" \
    "$(median "${lw[@]}")" "$(median "${lc[@]}")" "$(median "${dw[@]}")"
done
