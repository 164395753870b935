#!/usr/bin/env bash
# Runs the JMH suite: builds bench/target/benchmarks.jar, writes bench/target/jmh.json, then the Markdown
# summary bench/target/report.md (with Numba columns when bench/target/numba.json exists, see run-numba.sh).
# When UFuncBenchmark ran, numpy_ufuncs.py times NumPy right after it (same sizes) into bench/target/numpy.json
# for the report's ufunc table; NUMPY=0 skips that, NUMPY_ARGS passes options (e.g. "--repeats 30").
#
#   bench/run.sh                        # UFunc, Dispatch, Compile and TriadCopy benchmarks, both sizes
#   bench/run.sh 'UFunc.*'              # JMH include regexes (the suite's cases: bin/jumba bench-suite)
#   SIZES=small FORKS=2 bench/run.sh    # env: FORKS WARMUP_ITERATIONS ITERATIONS WARMUP_TIME ITERATION_TIME SIZES
#                                       #      SKIP_BUILD=1 JUMBA_BENCH_KERNELS=<folder> JMH_ARGS="<more JMH options>"
# Defaults are modest for a 2-core machine: -f 1 -wi 3 -i 5 -w 1s -r 1s.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/kernels-dir.sh"
. "$root/bin/find-jdk"
java=$JUMBA_JAVA_HOME/bin/java
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  bin/mvnw -o -q -pl bench -am package -DskipTests
fi
jar=bench/target/benchmarks.jar
[ $# -gt 0 ] || set -- UFuncBenchmark DispatchBenchmark CompileBenchmark TriadCopyBenchmark
# Command-line -jvmArgsAppend replaces the annotations' value, so it repeats --add-modules.
"$java" --add-modules jdk.incubator.vector -jar "$jar" \
  -f "${FORKS:-1}" -wi "${WARMUP_ITERATIONS:-3}" -i "${ITERATIONS:-5}" -w "${WARMUP_TIME:-1s}" -r "${ITERATION_TIME:-1s}" \
  -p size="${SIZES:-small,large}" \
  -jvmArgsAppend "--add-modules jdk.incubator.vector -Djumba.benchKernels=$KERNELS" \
  -rf json -rff bench/target/jmh.json ${JMH_ARGS:-} "$@"
numba=() numpy=()
[ -f bench/target/numba.json ] && numba=(--numba bench/target/numba.json)
if [ "${NUMPY:-1}" != 0 ] && grep -q '"io.jumba.bench.jmh.UFuncBenchmark\.' bench/target/jmh.json; then
  ops=$(sed -n 's/.*"op" *: *"\([a-z_]*\)".*/\1/p' bench/target/jmh.json | sort -u | paste -sd, -)
  /usr/bin/python3 bench/numpy_ufuncs.py --sizes "${SIZES:-small,large}" --ops "$ops" --out bench/target/numpy.json ${NUMPY_ARGS:-}
  numpy=(--numpy bench/target/numpy.json)
fi
"$java" -cp "$jar" io.jumba.bench.report.Report bench/target/jmh.json "${numba[@]}" "${numpy[@]}" --out bench/target/report.md
echo "wrote bench/target/jmh.json and bench/target/report.md"
