#!/usr/bin/env bash
# Times the suite's prange kernels on 1 and 2 threads (THREADS), Jumba (JMH SuiteBenchmark, impl=jumba: the compiled
# kernel's handle) beside Numba 0.56 parallel=True (bench/kernels/numba_timings.py), in one run, and prints a table
# with the load average before and after: the figures of docs/benchmarks.md, "Parallel". Then the STREAM-style copy
# bandwidth on the same pool for the same thread counts (io.jumba.bench.parallel.StreamCopy), which memory-bound
# cases (sumsq_prange large: 134 MB a call) are read against. Needs /usr/bin/python3 with numba and numpy for the
# Numba columns (NUMBA=0 skips them).
#
#   bench/parallel-scaling.sh        # env: CASES (sumsq_prange,sum_exp_prange,sum_exp_array,mandelbrot_prange,
#                                    #      black_scholes_prange)
#                                    #      SIZES (small,large) THREADS ("1 2") STREAM_ELEMENTS (16777216)
#                                    #      FORKS WARMUP_ITERATIONS ITERATIONS SKIP_BUILD=1 NUMBA=0
#                                    #      JVM_ARGS (added to the benchmark JVMs' options, after the
#                                    #      script's own; -XX:-UseTransparentHugePages turns huge pages off)
#
# On Linux the JVMs run with -XX:+UseTransparentHugePages, as the suite's forks do (bench-suite): NumPy asks the
# kernel for huge pages for arrays of 4 MB and more, so Numba's large arrays have them, and where THP is "madvise"
# the JVM's heap has them only with this option.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/find-jdk"
cd "$root"
cases=${CASES:-sumsq_prange,sum_exp_prange,sum_exp_array,mandelbrot_prange,black_scholes_prange}
sizes=${SIZES:-small,large}
threads=${THREADS:-1 2}
huge=; [ "$(uname -s)" = Linux ] && huge=-XX:+UseTransparentHugePages
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  bin/mvnw -o -q -pl bench -am package -DskipTests
fi
mkdir -p bench/target
rm -f bench/target/parallel-jumba-*.json bench/target/parallel-numba-*.json  # no figures of an earlier run
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for t in $threads; do
  JUMBA_NUM_THREADS=$t "$JUMBA_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar \
    SuiteBenchmark -p caseName="$cases" -p impl=jumba -p size="$sizes" \
    -f "${FORKS:-1}" -wi "${WARMUP_ITERATIONS:-3}" -i "${ITERATIONS:-5}" -w 1s -r 1s \
    -jvmArgsAppend "--add-modules jdk.incubator.vector -Djumba.benchKernels=$root/bench/kernels $huge ${JVM_ARGS:-}" \
    -rf json -rff "bench/target/parallel-jumba-$t.json" >/dev/null
  if [ "${NUMBA:-1}" != 0 ]; then
    NUMBA_NUM_THREADS=$t /usr/bin/python3 bench/kernels/numba_timings.py --cases "$cases" --sizes "$sizes" --no-numpy \
      --out "bench/target/parallel-numba-$t.json" >/dev/null
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 - "$threads" <<'PY'
import json, os, sys
threads = sys.argv[1].split()
jumba, numba = {}, {}
for t in threads:
    for b in json.load(open("bench/target/parallel-jumba-%s.json" % t)):
        p = b["params"]
        jumba[(p["caseName"], p["size"], t)] = (b["primaryMetric"]["score"], b["primaryMetric"]["scoreError"])
    path = "bench/target/parallel-numba-%s.json" % t
    if os.path.exists(path):
        for r in json.load(open(path))["results"]:
            numba[(r["case"], r["size"], t)] = r["numba"]["median_us"]
best = {}
for t in threads:
    for b in json.load(open("bench/target/parallel-jumba-%s.json" % t)):
        best[(b["params"]["caseName"], b["params"]["size"], t)] = min(b["primaryMetric"]["rawData"][0])
print("| case | size | threads | Jumba (us, JMH mean +- error) | best iteration (us) | Jumba 1 thread / this | Numba median (us) | Jumba / Numba |")
print("|---|---|---|---|---|---|---|---|")
for (case, size, t) in sorted(jumba):
    score, err = jumba[(case, size, t)]
    one = jumba.get((case, size, threads[0]), (None,))[0]
    nb = numba.get((case, size, t))
    print("| %s | %s | %s | %.1f +- %.1f | %.1f | %s | %s | %s |" % (case, size, t, score, err, best[(case, size, t)],
          "%.2fx" % (one / score) if one else "-", "%.1f" % nb if nb else "-", "%.2f" % (score / nb) if nb else "-"))
PY
# The copy bandwidth on the pool, for the same thread counts: GB/s that memory-bound cases can be read against.
"$JUMBA_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector $huge ${JVM_ARGS:-} -cp bench/target/benchmarks.jar \
  io.jumba.bench.parallel.StreamCopy "${STREAM_ELEMENTS:-16777216}" 20 $threads
