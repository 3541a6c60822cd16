#!/usr/bin/env bash
# Lays out one PolNeAR split (train or dev) for `./newsclaims eval --gold DIR`: each article's
# text beside its attribution file, as NAME.txt and NAME.ann.
# Usage: src/scripts/lay-out-polnear.sh POLNEAR_GIT_DIR_OR_CHECKOUT train|dev OUT_DIR
# The test split is refused: it is the held-out measure of the product and is never opened here.
# Articles annotated more than once keep the annotation whose file name sorts first.
# Nothing laid out here may be committed (PolNeAR grants no licence).
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 POLNEAR_DIR train|dev OUT_DIR" >&2; exit 2; }
repo="$1"; split="$2"; out="$3"
case "$split" in
  train|dev) ;;
  *) echo "split must be train or dev (the test split is held out)" >&2; exit 2 ;;
esac
if [ -d "$repo/.git" ] || [ -f "$repo/HEAD" ]; then
  show() { git --git-dir="$( [ -d "$repo/.git" ] && echo "$repo/.git" || echo "$repo")" show "HEAD:$1"; }
  list() { git --git-dir="$( [ -d "$repo/.git" ] && echo "$repo/.git" || echo "$repo")" ls-tree -r --name-only HEAD "$1/"; }
else
  show() { cat "$repo/$1"; }
  list() { (cd "$repo" && find "$1" -type f | sort); }
fi
mkdir -p "$out"
n=0
declare -A seen=()
while IFS= read -r ann; do
  base="$(basename "$ann" .ann)"
  name="${base%_*}"                      # drop the annotator suffix
  [ -n "${seen[$name]:-}" ] && continue
  seen[$name]=1
  show "data/$split/text/$name.txt" > "$out/$name.txt"
  show "$ann" > "$out/$name.ann"
  n=$((n + 1))
done < <(list "data/$split/attributions" | grep '\.ann$' | sort)
echo "laid out $n $split articles in $out"
