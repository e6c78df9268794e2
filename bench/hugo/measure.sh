#!/usr/bin/env bash
# Side-by-side: Hugo and `compendium build --formats html` on the same corpus, whole process, RUNS runs
# each (median printed), with peak RSS; compendium with the JVM options of its launcher (generator/cli/jvm.options). Usage: bench/hugo/measure.sh CORPUS [RUNS]
# Needs hugo (Debian: apt-get install hugo) and generator/cli/target/compendium.jar (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$(realpath "$1"); runs=${2:-5}
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-2[1-9]*-jdk*/bin/java 2>/dev/null | tail -1)}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # name, command... (one untimed run first: file cache, and the JVM's class-data archive)
  local name=$1; shift; local times=() rss=()
  "$@" > /dev/null 2>&1
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" > /dev/null 2>&1
    read -r t m < "$out/time"; times+=("$t"); rss+=("$m")
  done
  printf '%-12s median %6s s   runs: %s   peak RSS median %s MB\n' "$name" \
    "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}" "$(( $(printf '%s\n' "${rss[@]}" | median) / 1024 ))"
}
echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files), $(nproc) cores, $(hugo version | cut -d' ' -f2)"
run hugo hugo --source bench/hugo --contentDir "$corpus" --destination "$out/hugo" --quiet
run compendium "$java" @generator/cli/jvm.options -XX:SharedArchiveFile="$out/compendium.jsa" \
  -jar generator/cli/target/compendium.jar build --content "$corpus" --output "$out/site" --formats html
echo "hugo files: $(find "$out/hugo" -type f | wc -l), compendium files: $(find "$out/site" -type f | wc -l)"
