#!/usr/bin/env bash
# Cold-start figures: the CLI's first call (process start to printed result), a library user's first compile in a
# fresh JVM and the warm compile, each with and without the AOT cache, each with a cold (empty) and a warm (filled)
# JUMBA_CACHE_DIR; Numba's cold process on the same kernel (bench/coldstart/kernel.py) when /usr/bin/python3 has it;
# the JVM's own share of the CLI call, the same sum without Jumba (bench/coldstart/JvmFloor.java), with and without
# a first use of the Vector API.
#
# Usage: bench/coldstart.sh [RUNS]   (default 10 runs per figure, interleaved; median and min-max)
# Writes the table to stdout and to bench/target/coldstart/report.md. Uses only the repository and the JDK (and
# Numba if installed); builds through bin/jumba, which also makes the CLI's AOT cache.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/find-jdk"
java="$JUMBA_JAVA_HOME/bin/java"
runs=${1:-10}
work="$root/bench/target/coldstart"
kernel="$root/bench/coldstart/kernel.py"
func=dot_arange
n=1000
expected=249750.0
warm_repeats=30
rm -rf "$work" && mkdir -p "$work/cache"

# --- build: bin/jumba makes the CLI jar and its AOT cache on first use --------------------------------------------
"$root/bin/jumba" --version >/dev/null
target="$root/cli/target"
cli_jar="$target/jumba-cli-0.1.0-SNAPSHOT-all.jar"
jumba_release_value "$JUMBA_JAVA_HOME" JAVA_RUNTIME_VERSION
cli_aot="$target/jumba-cli-${jumba_value:-jdk}.aot"
[ -f "$cli_aot" ] || { echo "coldstart: bin/jumba made no AOT cache ($cli_aot)" >&2; exit 1; }
# The JVM flags bin/jumba runs the CLI with (see bin/jumba).
cli_flags=(--add-modules jdk.incubator.vector -XX:+UseSerialGC -XX:-UsePerfData)

# A library user's class path, as Maven resolves it: the jumba jar and its dependencies (Janino's jars signed), without
# the command line's own (picocli, Jackson).
maven_cp=$(printf '%s\n' "$target"/lib/*.jar | grep -v -e /picocli- -e /jackson- | paste -sd:)
mkdir -p "$work/classes"
"$JUMBA_JAVA_HOME/bin/javac" -d "$work/classes" -cp "$maven_cp" "$root/bench/coldstart/FirstCompile.java"
# An AOT cache holds classes from jars only: the benchmark's own class goes in one too.
"$JUMBA_JAVA_HOME/bin/jar" cf "$work/firstcompile.jar" -C "$work/classes" .
lib_maven="$maven_cp:$work/firstcompile.jar"
lib_unsigned="$cli_jar:$work/firstcompile.jar"
lib_flags=(--add-modules jdk.incubator.vector)
first=(FirstCompile "$kernel" "$func" "$n")

# The JVM's own share (no Jumba code): JvmFloor with the CLI's flags and an AOT cache trained on it.
mkdir -p "$work/floor"
"$JUMBA_JAVA_HOME/bin/javac" --add-modules jdk.incubator.vector -Xlint:-incubating -d "$work/floor" \
  "$root/bench/coldstart/JvmFloor.java"
"$JUMBA_JAVA_HOME/bin/jar" cf "$work/floor.jar" -C "$work/floor" .
"$java" "${cli_flags[@]}" -XX:AOTCacheOutput="$work/floor.aot" -cp "$work/floor.jar" JvmFloor "$n" vector \
  >"$work/floor.aot.log" 2>&1 || { echo "coldstart: training $work/floor.aot failed, see its log" >&2; exit 1; }
floor=("$java" "${cli_flags[@]}" -XX:AOTCache="$work/floor.aot" -Xlog:aot=off -cp "$work/floor.jar" JvmFloor "$n")

# The library's AOT caches, as the user guide tells users to make them: a training run of the application itself.
train() {  # train CACHE CLASSPATH
  JUMBA_CACHE_DIR="$work/cache/train" "$java" "${lib_flags[@]}" -XX:AOTCacheOutput="$1" -cp "$2" "${first[@]}" 0 \
    >"$1.log" 2>&1 || { echo "coldstart: training $1 failed, see $1.log" >&2; exit 1; }
}
train "$work/lib-maven.aot" "$lib_maven"
train "$work/lib-unsigned.aot" "$lib_unsigned"

numba=0
if /usr/bin/python3 -c 'import numba' 2>/dev/null; then numba=1; fi

# --- the measured commands -----------------------------------------------------------------------------------------
# Each row: a name and a command; the command's stdout must contain the kernel's result.
names=() cmds=()
row() { names+=("$1"); cmds+=("$2"); }
q() { printf '%q ' "$@"; }
row "JVM floor: plain Java loop, no Jumba (AOT cache)" "$(q "${floor[@]}")"
row "JVM floor: first Vector API use, no Jumba (AOT cache)" "$(q "${floor[@]}" vector)"
row "CLI: bin/jumba call (AOT cache)" "$(q "$root/bin/jumba" call "$kernel" "$func" "$n")"
row "CLI: bin/jumba call, JUMBA_AOT=0" "JUMBA_AOT=0 $(q "$root/bin/jumba" call "$kernel" "$func" "$n")"
row "CLI: java directly (AOT cache)" \
  "$(q "$java" "${cli_flags[@]}" -XX:AOTCache="$cli_aot" -Xlog:aot=off -cp "$cli_jar" io.jumba.cli.Main call "$kernel" "$func" "$n")"
row "CLI: java directly, no AOT cache" \
  "$(q "$java" "${cli_flags[@]}" -cp "$cli_jar" io.jumba.cli.Main call "$kernel" "$func" "$n")"
if [ "$numba" = 1 ]; then
  row "Numba: python3 import, @njit compile, call" \
    "$(q /usr/bin/python3 -c "import sys; sys.path.insert(0, '$root/bench/coldstart'); import kernel; print(kernel.$func($n))")"
fi
row "library: process, Maven jars, no AOT cache" "$(q "$java" "${lib_flags[@]}" -cp "$lib_maven" "${first[@]}" 0)"
row "library: process, Maven jars, AOT cache" \
  "$(q "$java" "${lib_flags[@]}" -XX:AOTCache="$work/lib-maven.aot" -Xlog:aot=off -cp "$lib_maven" "${first[@]}" 0)"
row "library: process, unsigned jar, no AOT cache" "$(q "$java" "${lib_flags[@]}" -cp "$lib_unsigned" "${first[@]}" 0)"
row "library: process, unsigned jar, AOT cache" \
  "$(q "$java" "${lib_flags[@]}" -XX:AOTCache="$work/lib-unsigned.aot" -Xlog:aot=off -cp "$lib_unsigned" "${first[@]}" 0)"
row "library: warm compile (median of $warm_repeats in one JVM), no AOT cache" \
  "$(q "$java" "${lib_flags[@]}" -cp "$lib_maven" "${first[@]}" "$warm_repeats")"
row "library: warm compile (median of $warm_repeats in one JVM), AOT cache" \
  "$(q "$java" "${lib_flags[@]}" -XX:AOTCache="$work/lib-maven.aot" -Xlog:aot=off -cp "$lib_maven" "${first[@]}" "$warm_repeats")"

# --- run: every row once per round, rounds interleaved, each under a cold and a warm disk cache --------------------
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
run_once() {  # run_once ROW MODE ROUND: appends the wall ms and any first_ms/warm_ms the command printed
  local i=$1 mode=$2 r=$3 dir out t0
  if [ "$mode" = cold ]; then dir="$work/cache/cold-$i-$r"; else dir="$work/cache/warm-$i"; fi
  mkdir -p "$dir"
  out="$work/out-$i-$mode"
  t0=$(date +%s%N)
  if ! JUMBA_CACHE_DIR="$dir" NUMBA_CACHE_DIR="$dir" bash -c "${cmds[$i]}" >"$out" 2>"$out.err"; then
    echo "coldstart: '${names[$i]}' failed:" >&2; cat "$out.err" >&2; exit 1
  fi
  ms_since "$t0" >>"$work/wall-$i-$mode"
  grep -q "$expected" "$out" || { echo "coldstart: '${names[$i]}' printed no $expected" >&2; cat "$out" >&2; exit 1; }
  sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' "$out" >>"$work/first-$i-$mode"
  sed -n 's/.*warm_ms=\([0-9.]*\).*/\1/p' "$out" >>"$work/warm-$i-$mode"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in "${!cmds[@]}"; do run_once "$i" warm 0; : >"$work/wall-$i-warm"; : >"$work/first-$i-warm"; : >"$work/warm-$i-warm"; done
for r in $(seq "$runs"); do
  for mode in cold warm; do
    for i in "${!cmds[@]}"; do run_once "$i" "$mode" "$r"; done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------------------
stat() {  # stat FILE: "median (min-max)" of the numbers in FILE, or "-" when it has none
  [ -s "$1" ] || { echo "-"; return; }
  sort -g "$1" | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
    printf "%.0f ms (%.0f-%.0f)", m, v[1], v[NR]}'
}
{
  echo "Cold start: \`bench/coldstart.sh $runs\`, $(date -u +%Y-%m-%d), $(nproc) cores, load average $load_before before," \
    "$load_after after; JDK $jumba_value$([ "$numba" = 1 ] && echo ", Numba $(/usr/bin/python3 -c 'import numba; print(numba.__version__)')")."
  echo "Kernel: bench/coldstart/kernel.py ($func($n)). Median (min-max) of $runs runs; disk cache cold = empty" \
    "JUMBA_CACHE_DIR (and NUMBA_CACHE_DIR) each run, warm = filled by an earlier run."
  echo
  echo "| what | measured | disk cache cold | disk cache warm |"
  echo "|---|---|---|---|"
  for i in "${!cmds[@]}"; do
    case "${names[$i]}" in
      *"warm compile"*) echo "| ${names[$i]} | compile + call | $(stat "$work/warm-$i-cold") | $(stat "$work/warm-$i-warm") |" ;;
      library:*)
        echo "| ${names[$i]} | process start to exit | $(stat "$work/wall-$i-cold") | $(stat "$work/wall-$i-warm") |"
        echo "| ${names[$i]/process/first compile} | Jumba.jit to result | $(stat "$work/first-$i-cold") | $(stat "$work/first-$i-warm") |" ;;
      *) echo "| ${names[$i]} | process start to result | $(stat "$work/wall-$i-cold") | $(stat "$work/wall-$i-warm") |" ;;
    esac
  done
} | tee "$work/report.md"
