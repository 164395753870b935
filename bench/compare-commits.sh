#!/usr/bin/env bash
# Steady-state speed of two builds of Jumba side by side: JMH's SuiteBenchmark (impl=jumba, the typed handle, size
# small) for every case of the suite, from BASE's benchmarks.jar and from the working tree's, case by case in
# alternating order (base first for odd rounds, head first for even ones) so that drift of the machine hits both.
#
# Usage: bench/compare-commits.sh BASE [ROUNDS]   (BASE: a commit; ROUNDS default 2; CASES="dot sum" picks cases;
#        WARMUP_ITERATIONS (default 8) and ITERATIONS (default 5), one second each, per fork)
# Eight warm-up seconds: the biggest kernels (matmul, pairwise_dist, black_scholes) are too big for C1's register
# allocator ("out of virtual registers"), so they run interpreted, with the Vector API boxed, 100-1000x slower, until
# C2 has compiled them, and C2 recompiles them once or twice after uncommon traps (the first calls' profiles never
# saw a loop exit); on this 2-core machine that took up to 5-8 s (-XX:+PrintCompilation).
# SKIP_BUILD=1: time the jars already built (bench/target/benchmarks.jar of both) without running Maven first.
# BASE_JVM_ARGS: JVM options for the base's runs only; with BASE a commit of the same code, this measures an option,
#   e.g. what the cancellation checks cost: BASE_JVM_ARGS=-Djumba.cancellation=false bench/compare-commits.sh HEAD
# JVM_ARGS: options for both builds' runs, default -XX:ObjectAlignmentInBytes=64. With the default 8-byte alignment a
#   fork's arrays start at a random offset within a cache line; 512-bit loads that straddle lines made some forks of a
#   case 20-25% slower than others (dot: 0.53-0.58 us against 0.42-0.45 us) whatever the build, which drowned a
#   5% comparison. 64-byte alignment gives every fork the same layout; JVM_ARGS= turns it off.
# Prints, per case, the median of each build's JMH scores (us/op) and head/base; writes the table to
# bench/target/compare/report.md. Builds BASE in a git worktree under bench/target/compare/base.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/find-jdk"
base=${1:?usage: bench/compare-commits.sh BASE [ROUNDS]}
rounds=${2:-2}
# prange kernels on one thread, so a build that runs them in parallel is compared for its code, not for its cores.
export JUMBA_NUM_THREADS=${JUMBA_NUM_THREADS:-1}
jvm_args=${JVM_ARGS--XX:ObjectAlignmentInBytes=64}
. "$root/bench/base-build.sh"
cases=${CASES:-$(sed -n 's/^   "name": "\([a-z0-9_]*\)",$/\1/p' "$root/bench/kernels/cases.json")}

run() {  # run JAR CASE CSV [JVM OPTION...]
  local jar=$1 c=$2 csv=$3; shift 3
  "$JUMBA_JAVA_HOME/bin/java" $jvm_args "$@" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow \
    -Djumba.benchKernels="$root/bench/kernels" -jar "$jar" SuiteBenchmark -p caseName="$c" -p impl=jumba -p size=small \
    -f 1 -wi "${WARMUP_ITERATIONS:-8}" -w 1 -i "${ITERATIONS:-5}" -r 1 -rf csv -rff "$csv" >/dev/null 2>&1 \
    || { echo "compare: $c failed with $jar" >&2; exit 1; }
  awk -F, 'NR == 2 {print $5}' "$csv"
}
: >"$work/scores"
for r in $(seq "$rounds"); do
  for c in $cases; do
    order="base head"; [ $((r % 2)) = 0 ] && order="head base"
    for b in $order; do
      if [ "$b" = head ]; then s=$(run "$head_jar" "$c" "$work/$b-$c.csv")
      else s=$(run "$base_jar" "$c" "$work/$b-$c.csv" ${BASE_JVM_ARGS:-}); fi
      echo "$c $b $s" >>"$work/scores"
      printf '\r%s round %s/%s: %-20s %s' "$(date +%T)" "$r" "$rounds" "$c" "$b" >&2
    done
  done
done
echo >&2
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2)}'; }
{
  echo "\`${BASE_JVM_ARGS:+BASE_JVM_ARGS=$BASE_JVM_ARGS }bench/compare-commits.sh $base $rounds\`, $(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "base = $(git -C "$work/base" log -1 --format='%h %s' | cut -c1-80); head = working tree of $(git -C "$root" log -1 --format=%h)."
  echo "JMH SuiteBenchmark, impl=jumba (typed handle), size small, JVM options \`${jvm_args}\`, -wi ${WARMUP_ITERATIONS:-8} -i ${ITERATIONS:-5} (1 s each), median of $rounds forks each; JUMBA_NUM_THREADS=$JUMBA_NUM_THREADS."
  echo
  echo "| case | base (us/op) | head (us/op) | head/base |"
  echo "|---|---|---|---|"
  for c in $cases; do
    b=$(awk -v c="$c" '$1 == c && $2 == "base" {print $3}' "$work/scores" | median)
    h=$(awk -v c="$c" '$1 == c && $2 == "head" {print $3}' "$work/scores" | median)
    awk -v c="$c" -v b="$b" -v h="$h" 'BEGIN {printf "| %s | %.3f | %.3f | %.3f |\n", c, b, h, h / b}'
  done
} | tee "$work/report.md"
