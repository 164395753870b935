#!/usr/bin/env bash
# bin/jumba bench-suite [options]: builds bench/target/benchmarks.jar when it is missing or older than a source or
# pom of the project, then runs the suite's command (io.jumba.bench.suite.SuiteCommand) from it. Options: --help.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/bin/find-jdk"
jar="$here/target/benchmarks.jar"

stale() {
  [ -f "$jar" ] || return 0
  local m dirs=("$root/pom.xml")
  for m in core vectorize ufunc jumba bench; do dirs+=("$root/$m/pom.xml" "$root/$m/src/main"); done
  [ -n "$(find "${dirs[@]}" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "bench-suite: building bench/target/benchmarks.jar (first use or sources changed)..." >&2
  build=(-q -DskipTests -pl bench -am package)
  "$root/bin/mvnw" -o "${build[@]}" >/dev/null 2>&1 || "$root/bin/mvnw" "${build[@]}" >&2
  touch "$jar"  # Maven leaves an unchanged jar's time alone
fi

# Defaults that depend on where the repository is; --kernels, --out and --numba-script override them
# (JUMBA_BENCH_KERNELS names another suite folder, as for run.sh and run-numba.sh).
exec 3>&2
# JMH reads fields through sun.misc.Unsafe: allow it without the JDK's warning (forked JVMs inherit the options).
exec "$JUMBA_JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow ${JAVA_OPTS:-} \
  -Djumba.benchKernels="${JUMBA_BENCH_KERNELS:-$here/kernels}" -Djumba.suite.out="$here/target/suite" \
  -Djumba.suite.numbaScript="$here/kernels/numba_timings.py" \
  -cp "$jar" io.jumba.bench.suite.SuiteCommand "$@" 2> >(grep -v --line-buffered '^WARNING: Using incubator modules' >&3)
