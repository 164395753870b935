#!/usr/bin/env bash
# First call of a kernel in a fresh JVM: compiled cold versus loaded from the on-disk cache (cache=True).
# The kernel is examples/black_scholes.py (black_scholes calls cnd) with @njit(cache=True), on 8-element arrays so
# that the call itself is negligible; each run is a new JVM running CacheTiming.java. Prints each run's wall time,
# calling thread's CPU time and process CPU time (ms), then the medians. Writes only under target/cache-timing/.
#
#   tools/cache-timing/run.sh           # 9 cold and 9 cached runs
#   RUNS=15 tools/cache-timing/run.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. bin/find-jdk
runs=${RUNS:-9}
work=target/cache-timing
mkdir -p "$work/classes"
export JUMBA_CACHE_DIR=$root/$work/cache

bin/jumba cache list >/dev/null  # builds the jars when sources changed
cp="cli/target/lib/*"  # the library and its dependencies (the command line's jar is not among them)
"$JUMBA_JAVA_HOME/bin/javac" -cp "$cp" -d "$work/classes" tools/cache-timing/CacheTiming.java
sed 's/^@njit$/@njit(cache=True)/' examples/black_scholes.py > "$work/black_scholes.py"
run() {
  "$JUMBA_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp "$cp:$work/classes" CacheTiming \
    "$work/black_scholes.py" 2> >(grep -v '^WARNING: Using incubator modules' >&2)
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

: >"$work/cold.txt"
: >"$work/cached.txt"
for ((i = 0; i < runs; i++)); do
  rm -rf "$JUMBA_CACHE_DIR"
  run >>"$work/cold.txt"
done
run >/dev/null  # fills the cache
for ((i = 0; i < runs; i++)); do run >>"$work/cached.txt"; done

echo "first call (ms): wall, calling thread CPU, process CPU"
echo "cold compile:"; sed 's/^/  /' "$work/cold.txt"
echo "from the cache:"; sed 's/^/  /' "$work/cached.txt"
for column in 1 2 3; do
  name=$(echo "wall thread-CPU process-CPU" | cut -d' ' -f$column)
  c=$(cut -d' ' -f$column "$work/cold.txt" | median)
  h=$(cut -d' ' -f$column "$work/cached.txt" | median)
  awk -v n="$name" -v c="$c" -v h="$h" 'BEGIN {printf "median %-12s cold %7.1f  cached %6.1f  cached/cold %.3f (%.1fx)\n", n, c, h, h / c, c / h}'
done
