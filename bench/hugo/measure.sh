#!/usr/bin/env bash
# Side-by-side: Hugo and `compendium build --formats html` on the same corpus, whole process, RUNS runs
# each, taken in turns (hugo, compendium, hugo, …) so that the VM's drift in speed hits both alike; medians
# printed, with peak RSS. compendium runs as users run it, through its launcher ./compendium (its JVM
# options, generator/cli/jvm.options, and its class-data cache). Each tool is first run untimed until it is
# in the state of its every later build (file cache, the launcher's class-data cache, the output folder that
# later runs write over): Hugo once, as it overwrites its files from then on; compendium twice, as it writes
# only the files that changed into its spare folder (see docs/reliability.md), the previous output, which a second build
# leaves (the first timed run would otherwise create all 6,500 files and 3,300 folders anew).
# Usage: bench/hugo/measure.sh CORPUS [RUNS]
# Needs hugo (Debian: apt-get install hugo) and generator/cli/target/compendium.jar (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$(realpath "$1"); runs=${2:-5}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hugo_cmd=(hugo --source bench/hugo --contentDir "$corpus" --destination "$out/hugo" --quiet)
compendium_cmd=(./compendium build --content "$corpus" --output "$out/site" --formats html --rebuild)
declare -A times rss
timed() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" > /dev/null 2>&1
  read -r t m < "$out/time"; times[$name]+="$t "; rss[$name]+="$m "
}
echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files), $(nproc) cores, $(hugo version | cut -d' ' -f2)"
"${hugo_cmd[@]}" > /dev/null 2>&1
"${compendium_cmd[@]}" > /dev/null 2>&1
"${compendium_cmd[@]}" > /dev/null 2>&1
for _ in $(seq "$runs"); do
  timed hugo "${hugo_cmd[@]}"
  timed compendium "${compendium_cmd[@]}"
done
for name in hugo compendium; do
  printf '%-12s median %6s s   runs: %s  peak RSS median %s MB\n' "$name" \
    "$(printf '%s\n' ${times[$name]} | median)" "${times[$name]}" "$(( $(printf '%s\n' ${rss[$name]} | median) / 1024 ))"
done
echo "hugo files: $(find "$out/hugo" -type f | wc -l), compendium files: $(find "$out/site" -type f | wc -l)"
