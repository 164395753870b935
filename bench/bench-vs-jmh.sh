#!/usr/bin/env bash
# bin/jumba bench (default options) against JMH on the same kernels and the same inputs, side by side:
# each case's inputs are written as .npy (io.jumba.bench.CaseInputs), `bin/jumba bench --json` times them, then one
# JMH run times SuiteBenchmark's jumba (typed handle) and jumba_call (call()) implementations of the same cases.
# Prints a Markdown table of medians and the ratio bench/JMH. Needs python3 for the table only.
#
#   bench/bench-vs-jmh.sh [CASE ...]       # default: dot sum exp_map pairwise_dist jacobi (size small)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/find-jdk"
java=$JUMBA_JAVA_HOME/bin/java
[ $# -gt 0 ] || set -- dot sum exp_map pairwise_dist jacobi
cd "$root"
bin/mvnw -o -q -pl bench -am package -DskipTests >/dev/null
jar=bench/target/benchmarks.jar
out=bench/target/bench-vs-jmh
rm -rf "$out"; mkdir -p "$out"
for c in "$@"; do
  read -r -a line < <("$java" --add-modules jdk.incubator.vector -cp "$jar" -Djumba.benchKernels="$here/kernels" \
    io.jumba.bench.CaseInputs "$c" small "$out/$c" 2>/dev/null)
  echo "bin/jumba bench ${line[*]}" >&2
  bin/jumba bench "${line[@]}" --json | tail -n 1 > "$out/$c.bench.json"
done
cases=$(IFS=,; echo "$*")
"$java" --add-modules jdk.incubator.vector -jar "$jar" SuiteBenchmark -p caseName="$cases" -p size=small \
  -p impl=jumba,jumba_call -f 1 -wi 5 -i 10 -w 1s -r 1s \
  -jvmArgsAppend "--add-modules jdk.incubator.vector -Djumba.benchKernels=$here/kernels" \
  -rf json -rff "$out/jmh.json" >"$out/jmh.log" 2>&1
python3 - "$out" "$@" <<'PY'
import json, statistics, sys
out, cases = sys.argv[1], sys.argv[2:]
jmh = {}
for r in json.load(open(f"{out}/jmh.json")):
    p = r["params"]
    raw = [x * 1000 for fork in r["primaryMetric"]["rawData"] for x in fork]  # µs/op -> ns
    jmh[(p["caseName"], p["impl"])] = (statistics.median(raw), min(raw), max(raw))
def ns(v): return f"{v/1000:.3g} µs" if v >= 1000 else f"{v:.3g} ns"
print("| case | path | bin/jumba bench median (p10–p90) | JMH median (min–max) | bench / JMH |")
print("|---|---|---|---|---|")
for c in cases:
    b = json.load(open(f"{out}/{c}.bench.json"))
    for path, impl, fig in (("call()", "jumba_call", b), ("typed handle", "jumba", b["handle"])):
        m, lo, hi = jmh[(c, impl)]
        print(f"| {c} | {path} | {ns(fig['median_ns'])} ({ns(fig['p10_ns'])}–{ns(fig['p90_ns'])}) | "
              f"{ns(m)} ({ns(lo)}–{ns(hi)}) | {fig['median_ns']/m:.2f} |")
PY
