#!/usr/bin/env bash
# The editor's loop, as a newcomer runs it: the README's build command (between its build-command markers)
# in a fresh clone of this repository's HEAD, then again with nothing changed, then after editing one
# policy of 2024 (in the 2024 edition only) and after editing one of 2022 (in force in every edition).
# Prints wall and CPU time (user + sys) of each run and the build's own lines.
#   bench/editor-loop.sh [WORK_DIR]        (default: a new temporary folder, removed afterwards)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
clone="$work/clone"
rm -rf "$clone"
git clone -q "$repo" "$clone"
cd "$clone"
build=$(sed -n '/<!-- build-command -->/,/<!-- \/build-command -->/p' README.md | grep -v -e '^<!--' -e '^```')
echo "build command: $build   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

run() {
  local label=$1 start end cpu
  local before after
  before=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  start=$(date +%s.%N)
  eval "$build" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }
  end=$(date +%s.%N)
  after=$(awk '{print $14+$15+$16+$17}' /proc/$$/stat)
  cpu=$(awk -v a="$after" -v b="$before" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", (a - b) / hz}')
  printf '%-32s wall %6.1f s   cpu %6.1f s\n' "$label" "$(echo "$end - $start" | bc)" "$cpu"
  sed 's/^/    /' "$work/out.txt"
}

edit() { # appends a sentence to the last paragraph of a policy (before its last 。)
  python3 - "$1" <<'PY'
import sys
p = sys.argv[1]; s = open(p, encoding='utf-8').read(); i = s.rfind('。')
open(p, 'w', encoding='utf-8').write(s[:i] + '（编辑修改）' + s[i:])
PY
}

run "first build of a fresh clone"
run "no-change rebuild"
edit content/policies/2024/sl-kj-2024-06.md
run "one edit, a 2024 policy"
edit content/policies/2022/sl-kj-2022-03.md
run "one edit, a 2022 policy"
echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
