#!/usr/bin/env bash
# Runs a main class of jumba-spark's test sources (the example, the benchmark) on the module's test class path, Spark
# included, with the JVM flags Spark 4.2 needs on JDK 25 (spark.jvm.flags in spark/pom.xml, the tests' flags too):
#
#   spark/run.sh io.jumba.spark.examples.BlackScholesOnSpark [ROWS]
#   spark/run.sh io.jumba.spark.bench.SparkThroughput [ROWS] [CORES] [REPEATS]
#
# Env: SKIP_BUILD=1 reuses the last build; JAVA_OPTS adds JVM options (default -Xmx6g).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/find-jdk"
cd "$root"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  bin/mvnw -o -q -pl spark -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/run-classpath.txt -Dmdep.includeScope=test
fi
[ $# -gt 0 ] || { echo "usage: spark/run.sh MAIN_CLASS [ARGS...]" >&2; exit 2; }
# shellcheck disable=SC2086
exec "$JUMBA_JAVA_HOME/bin/java" @spark/target/test-classes/spark-jvm.flags ${JAVA_OPTS:--Xmx6g} \
  -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/run-classpath.txt)" "$@"
