#!/usr/bin/env bash
# Measures where a parallel loop starts to pay (Parallel.SERIAL_BELOW_WORK): a chunked sum of N doubles on one
# thread against the same loop forced parallel on THREADS threads, for N from 4096 to 1048576.
#
#   bench/parallel-threshold.sh                 # THREADS=2; env: FORKS WARMUP_ITERATIONS ITERATIONS SKIP_BUILD=1
#   THREADS=16 bench/parallel-threshold.sh      # on a larger machine
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/find-jdk"
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  bin/mvnw -o -q -pl bench -am package -DskipTests
fi
"$JUMBA_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar ParallelThresholdBenchmark \
  -f "${FORKS:-1}" -wi "${WARMUP_ITERATIONS:-3}" -i "${ITERATIONS:-5}" -w 1s -r 1s -p threads="${THREADS:-2}" \
  -jvmArgsAppend "--add-modules jdk.incubator.vector"
