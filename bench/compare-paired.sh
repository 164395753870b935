#!/usr/bin/env bash
# Two builds of Jumba timed side by side in one JVM (io.jumba.bench.paired.PairedBuilds): BASE's benchmarks.jar (A)
# and the working tree's (B), each in its own class loader, every case of the suite (one size, the typed handle)
# warmed up alternately and then timed in ABBA rounds; prints per case the median of the per-round ratios B/A with
# its quartiles and 95% interval. Each case runs in a JVM of its own, as JMH forks do: in one JVM that has already
# run a dozen other kernels, C2 compiled the big ones (pairwise_dist, matmul, logsumexp) 15-20x slower in both
# builds (docs/benchmarks.md). FORKS (default 2) such JVMs per case run one after the other, so JIT decisions that
# differ between JVMs show up as differences between forks rather than hiding in one.
#
# Usage: bench/compare-paired.sh BASE [FORKS]   (BASE: a commit, or . for the working tree's jar on both sides,
#                                                which with A_PROPERTY compares a setting)
#   CASES="dot sum" picks cases; SIZE (default small; large wants BLOCK_MS=200 and, on Linux,
#   JVM_ARGS="-XX:ObjectAlignmentInBytes=64 -XX:+UseTransparentHugePages"); WARMUP (seconds per case, default 12),
#   ROUNDS (default 60), BLOCK_MS (default 20);
#   A_PROPERTY / B_PROPERTY: a KEY=VALUE system property for one side only, set while that side compiles, e.g.
#     what the cancellation checks cost: A_PROPERTY=jumba.cancellation=false bench/compare-paired.sh HEAD
#   SKIP_BUILD=1 times the jars already built; JVM_ARGS as in compare-commits.sh (default 64-byte alignment).
# Writes the tables to bench/target/compare/paired.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/find-jdk"
base=${1:?usage: bench/compare-paired.sh BASE [FORKS]}
forks=${2:-2}
export JUMBA_NUM_THREADS=${JUMBA_NUM_THREADS:-1}
jvm_args=${JVM_ARGS--XX:ObjectAlignmentInBytes=64}
if [ "$base" = . ]; then
  work="$root/bench/target/compare"; mkdir -p "$work"
  [ -n "${SKIP_BUILD:-}" ] || (cd "$root" && ./bin/mvnw -o -q -DskipTests -pl bench -am package)
  head_jar="$root/bench/target/benchmarks.jar"; base_jar=$head_jar; base_desc="the working tree's jar too"
else
  . "$root/bench/base-build.sh"
  base_desc=$(git -C "$work/base" log -1 --format='%h %s' | cut -c1-80)
fi
cases=${CASES:-$(sed -n 's/^   "name": "\([a-z0-9_]*\)",$/\1/p' "$root/bench/kernels/cases.json")}
props=()
[ -n "${A_PROPERTY:-}" ] && props+=(--a-property "$A_PROPERTY")
[ -n "${B_PROPERTY:-}" ] && props+=(--b-property "$B_PROPERTY")
{
  echo "\`${A_PROPERTY:+A_PROPERTY=$A_PROPERTY }${B_PROPERTY:+B_PROPERTY=$B_PROPERTY }bench/compare-paired.sh $base $forks\`, $(date -u '+%F %H:%M') UTC, $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "A = $base_desc; B = working tree of $(git -C "$root" log -1 --format=%h)."
  echo "Size ${SIZE:-small}, one JVM per case and fork, JVM options \`${jvm_args}\`, warm-up ${WARMUP:-12} s per case, ${ROUNDS:-60} rounds of ~${BLOCK_MS:-20} ms blocks; JUMBA_NUM_THREADS=$JUMBA_NUM_THREADS."
  for f in $(seq "$forks"); do
    echo
    echo "Fork $f:"
    echo
    echo "| case | A (us/call) | B (us/call) | B/A median | quartiles | 95% interval | rounds × calls |"
    echo "|---|---|---|---|---|---|---|"
    for c in $cases; do
      "$JUMBA_JAVA_HOME/bin/java" $jvm_args --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow \
        -Djumba.benchKernels="$root/bench/kernels" -cp "$head_jar" io.jumba.bench.paired.PairedBuilds "${props[@]}" \
        --size "${SIZE:-small}" --warmup "${WARMUP:-12}" --rounds "${ROUNDS:-60}" --block-ms "${BLOCK_MS:-20}" \
        "$base_jar" "$head_jar" "$c" \
        2> >(grep -v '^WARNING' >&2) | tail -n +3
    done
  done
  echo
  echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$work/paired.md"
