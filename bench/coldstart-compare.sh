#!/usr/bin/env bash
# Before and after for the CLI's cold call: builds the command line of git revision REV (default: main) from
# `git archive` in bench/target/coldstart-compare/<REV>, with that revision's own bin/jumba and AOT cache, then times
# both trees' `bin/jumba call` of bench/coldstart/kernel.py, and `java` started directly with each tree's jar, AOT
# cache and bin/jumba's flags. Rows interleaved, each run with an empty JUMBA_CACHE_DIR (disk cache cold) and with
# one an earlier run filled (warm). Reports the median and the lowest, of the wall time and of the CPU time (user +
# sys of all threads, which the load of other processes disturbs less than the wall time).
#
# Usage: bench/coldstart-compare.sh [REV] [RUNS]   (default main, 10 runs)
# Writes the table to stdout and to bench/target/coldstart-compare/report.md. Uses only the repository and the JDK.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/find-jdk"
java="$JUMBA_JAVA_HOME/bin/java"
rev=${1:-main}
runs=${2:-10}
work="$root/bench/target/coldstart-compare"
kernel="$root/bench/coldstart/kernel.py"
expected=249750.0
sha=$(git -C "$root" rev-parse --short "$rev^{commit}")
before="$work/$sha"
mkdir -p "$work"

# --- the two trees: REV from git archive (built once per commit), and this working tree -------------------------
if [ ! -f "$before/bin/jumba" ]; then
  echo "coldstart-compare: building $rev ($sha) in $before..." >&2
  rm -rf "$before" && mkdir -p "$before"
  git -C "$root" archive "$sha" | tar -x -C "$before"
fi
"$before/bin/jumba" --version >/dev/null  # builds it if needed and makes its AOT cache
"$root/bin/jumba" --version >/dev/null
jumba_release_value "$JUMBA_JAVA_HOME" JAVA_RUNTIME_VERSION
direct() {  # direct TREE: java started as bin/jumba starts it, with the tree's jar and AOT cache
  # The command line's jar: cli/ since the library and the command line were split, jumba/ before.
  local target="$1/cli/target" jar="$1/cli/target/jumba-cli-0.1.0-SNAPSHOT-all.jar" aot
  [ -d "$1/cli" ] || { target="$1/jumba/target"; jar="$target/jumba-0.1.0-SNAPSHOT-cli.jar"; }
  aot="$target/jumba-cli-${jumba_value:-jdk}.aot"
  [ -f "$aot" ] || { echo "coldstart-compare: $1 has no AOT cache ($aot)" >&2; exit 1; }
  printf '%q ' "$java" --add-modules jdk.incubator.vector -XX:+UseSerialGC -XX:-UsePerfData -XX:AOTCache="$aot" \
    -Xlog:aot=off -cp "$jar" io.jumba.cli.Main
}
args=$(printf '%q ' call "$kernel" dot_arange 1000)
names=("$sha ($rev): bin/jumba call" "now: bin/jumba call" "$sha ($rev): java directly" "now: java directly")
cmds=("$(printf '%q ' "$before/bin/jumba") $args" "$(printf '%q ' "$root/bin/jumba") $args"
  "$(direct "$before") $args" "$(direct "$root") $args")

# --- run: every row once per round, rounds interleaved, each under a cold and a warm disk cache --------------------
rm -rf "$work/runs" && mkdir -p "$work/runs"
run_once() {  # run_once ROW MODE ROUND: appends the wall and CPU ms
  local i=$1 mode=$2 r=$3 dir out timing
  if [ "$mode" = cold ]; then dir="$work/runs/cache-cold-$i-$r"; else dir="$work/runs/cache-warm-$i"; fi
  mkdir -p "$dir"
  out="$work/runs/out-$i-$mode"
  timing=$( { TIMEFORMAT='%3R %3U %3S'; time JUMBA_CACHE_DIR="$dir" bash -c "${cmds[$i]}" >"$out" 2>"$out.err"; } 2>&1 ) || {
    echo "coldstart-compare: '${names[$i]}' failed:" >&2; cat "$out.err" >&2; exit 1; }
  grep -q "$expected" "$out" || { echo "coldstart-compare: '${names[$i]}' printed no $expected" >&2; exit 1; }
  read -r real user sys <<<"$timing"
  awk -v r="$real" 'BEGIN {printf "%.0f\n", r * 1000}' >>"$work/runs/wall-$i-$mode"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.0f\n", (u + s) * 1000}' >>"$work/runs/cpu-$i-$mode"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in "${!cmds[@]}"; do  # fill the warm caches; not counted
  run_once "$i" warm 0; rm -f "$work/runs/wall-$i-warm" "$work/runs/cpu-$i-warm"
done
for r in $(seq "$runs"); do
  for mode in cold warm; do
    for i in "${!cmds[@]}"; do run_once "$i" "$mode" "$r"; done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------------------
stat() {  # stat FILE: "median (lowest)" of the numbers in FILE
  sort -g "$1" | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
    printf "%.0f ms (%.0f)", m, v[1]}'
}
{
  echo "CLI cold call before and after: \`bench/coldstart-compare.sh $rev $runs\`, $(date -u +%Y-%m-%d), $(nproc) cores," \
    "load average $load_before before, $load_after after; JDK $jumba_value."
  echo "Kernel: bench/coldstart/kernel.py (dot_arange(1000)), process start to printed result. Median (lowest) of" \
    "$runs interleaved runs; CPU = user + sys of all threads."
  echo
  echo "| what | wall, disk cache cold | CPU, disk cache cold | wall, disk cache warm | CPU, disk cache warm |"
  echo "|---|---|---|---|---|"
  for i in "${!cmds[@]}"; do
    echo "| ${names[$i]} | $(stat "$work/runs/wall-$i-cold") | $(stat "$work/runs/cpu-$i-cold") |" \
      "$(stat "$work/runs/wall-$i-warm") | $(stat "$work/runs/cpu-$i-warm") |"
  done
} | tee "$work/report.md"
