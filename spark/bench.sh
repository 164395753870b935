#!/usr/bin/env bash
# Black-Scholes throughput per core: the kernel on Spark (per Arrow batch), the same formula as a Spark SQL
# expression, and the kernel in one JVM on Java arrays (docs/benchmarks.md, "Spark").
#
#   spark/bench.sh [ROWS] [CORES] [REPEATS]     # defaults: 10000000 1 5
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" io.jumba.spark.bench.SparkThroughput "$@"
