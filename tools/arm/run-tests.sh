#!/usr/bin/env bash
# Runs Jumba's conformance suite (jumba module, io.jumba.conformance) and the vectorize module's tests on aarch64:
# an arm64 OpenJDK 25 from Debian under qemu-user, once per CPU configuration, with the flags and system properties
# that the surefire configuration in the poms passes. The test classes are built here (x86) with bin/mvnw; everything
# else is fetched into tools/arm/target/ (git-ignored) by fetch-sysroot.sh. Not part of .ci/run.
#
#   tools/arm/run-tests.sh                    # every configuration, full suites
#   tools/arm/run-tests.sh --smoke neon       # the smoke subset (see below) on one configuration
#   tools/arm/run-tests.sh --suite vectorize  # one suite only: conformance or vectorize
#   tools/arm/run-tests.sh --suite conformance --class ConformanceTest neon   # some test classes of the suite only
#   tools/arm/run-tests.sh --suite vectorize --jvm-flag -XX:MaxVectorSize=16 sve256  # the poms' second execution
#   tools/arm/run-tests.sh --hot --smoke sve512     # kernels compiled by C2 early (see below)
#   MAVEN_ARGS=-o tools/arm/run-tests.sh      # build offline
#
# Configurations: neon (-cpu neoverse-n1, Advanced SIMD only), sve128, sve256, sve512 (-cpu max with SVE at that
# vector length), and x86 (the build machine's own JDK, no emulation: the reference the others are held to).
# The configurations run side by side, one JVM each. Each prints the JVM's preferred species first, then one line of
# counts per suite; the JUnit reports and the console output are in tools/arm/target/results/<configuration>/.
#
# Smoke subset (under emulation the full suites take hours): ConformanceTest's cases #1, #9, #17... (every 8th of
# the manifest, each compiled at the preferred width, interpreted, and the two compared) and the vectorize module's
# SimdSemanticsTest and OuterLoopSemanticsTest.
#
# --hot: a test calls each kernel a few times on small arrays, so it runs in the interpreter or C1, where the Vector
# API is plain Java; only C2 emits NEON or SVE instructions. --hot scales the generated kernels' compile thresholds
# down 10,000-fold and compiles them in the foreground, so they reach C2 within the first calls (or iterations of a
# loop), and counts C2's compiles of kernel methods (from -XX:+LogCompilation) beside the test counts.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$here/target
console_version=1.11.4  # the JUnit Platform release that goes with the poms' junit.version 5.11.4

smoke=false
hot=false
suites=(conformance vectorize)
classes=()  # --class: test classes (simple names, in the suite's package) instead of the whole suite
jvm_flags=()  # --jvm-flag: extra flags of the test JVM, as the vectorize pom's MaxVectorSize=16 execution adds
while [[ ${1:-} == --* ]]; do
  case $1 in
    --smoke) smoke=true; shift ;;
    --hot) hot=true; shift ;;
    --suite) suites=("$2"); shift 2 ;;
    --class) classes+=("$2"); shift 2 ;;
    --jvm-flag) jvm_flags+=("$2"); shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case ${suites[*]} in conformance | vectorize | "conformance vectorize") ;; *) echo "unknown suite" >&2; exit 2 ;; esac
configs=("$@")
((${#configs[@]})) || configs=(neon sve128 sve256 sve512)
tag=""  # results of a --class or --jvm-flag run go beside the whole suite's: <suite>-<class>...-<flag>...
((${#classes[@]})) && tag=$(printf -- '-%s' "${classes[@]}")
((${#jvm_flags[@]})) && tag=$tag$(printf -- '-%s' "${jvm_flags[@]#-XX:}" | tr -c 'A-Za-z0-9=.,_+-' _)
if $hot; then
  tag=$tag-hot
  jvm_flags+=(-XX:CompileCommand=quiet '-XX:CompileCommand=BackgroundCompilation,JumbaKernel*::*,false'
    '-XX:CompileCommand=CompileThresholdScaling,JumbaKernel*::*,0.0001')
fi
for c in "${configs[@]}"; do
  case $c in neon | sve128 | sve256 | sve512 | x86) ;; *) echo "unknown configuration: $c" >&2; exit 2 ;; esac
done

cd "$root"
. bin/find-jdk
"$here/fetch-sysroot.sh"

# Test classes and their class path, built on this machine; the junit jars are left out of the class path because
# the console launcher brings the same ones.
nice -n 19 bin/mvnw -q -pl jumba,vectorize -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/arm-classpath.txt -DincludeScope=test
console=$work/lib/junit-platform-console-standalone-$console_version.jar
if [[ ! -f $console ]]; then
  nice -n 19 bin/mvnw -q -N dependency:copy -DoutputDirectory="$work/lib" \
    -Dartifact=org.junit.platform:junit-platform-console-standalone:$console_version
fi
mkdir -p "$work/probe"
"$JUMBA_JAVA_HOME/bin/javac" --add-modules jdk.incubator.vector -d "$work/probe" "$here/PreferredSpecies.java" \
  2> >(grep -v -e 'incubator' -e '^1 warning' >&2)

class_path() {  # module: its main and test classes, then its dependencies
  local m=$1
  { echo "$root/$m/target/classes:$root/$m/target/test-classes"; tr ':' '\n' <"$root/$m/target/arm-classpath.txt"; } |
    grep -v -e '/org/junit/' -e '/org/opentest4j/' -e '/org/apiguardian/' | paste -sd:
}

java_of() {  # the java command line of a configuration
  local jvm=$work/sysroot/usr/lib/jvm/java-25-openjdk-arm64/bin/java
  local qemu=(nice -n 19 "$work/qemu/usr/bin/qemu-aarch64" -L "$work/sysroot")
  case $1 in
    x86) echo nice -n 19 "$JUMBA_JAVA_HOME/bin/java" ;;
    neon) echo "${qemu[@]}" -cpu neoverse-n1 "$jvm" ;;
    sve128) echo "${qemu[@]}" -cpu max,sve-default-vector-length=16 "$jvm" ;;
    sve256) echo "${qemu[@]}" -cpu max,sve-default-vector-length=32 "$jvm" ;;
    sve512) echo "${qemu[@]}" -cpu max,sve-default-vector-length=64 "$jvm" ;;
  esac
}

# One suite on one configuration, run from the module's folder as surefire does (some tests read files under
# src/test/resources by relative path). Prints "<suite>: N tests, N passed, N failed, N aborted, N skipped".
run_suite() {
  local config=$1 suite=$2 module=$3; shift 3
  local out=$work/results/$config/$suite$tag
  rm -rf "$out"
  mkdir -p "$out"
  local status=0 log=()
  $hot && log=(-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation "-XX:LogFile=$out/compilation.log")
  (cd "$root/$module" && JUMBA_CACHE_DIR=$out/kernel-cache $(java_of "$config") \
    --add-modules jdk.incubator.vector -XX:+EnableDynamicAgentLoading -Djumba.verifyIr=true ${jvm_flags[@]+"${jvm_flags[@]}"} \
    ${log[@]+"${log[@]}"} \
    -jar "$console" execute --class-path "$(class_path "$module")" --disable-banner --disable-ansi-colors --details=flat \
    --details-theme=ascii --reports-dir="$out/reports" "$@") >"$out/console.txt" 2>&1 || status=$?
  local counts
  counts=$(awk '/tests (successful|failed|aborted|skipped|found)/ {n[$4] = $2}
    END {printf "%d tests, %d passed, %d failed, %d aborted, %d skipped", n["found"], n["successful"], n["failed"],
         n["aborted"], n["skipped"]}' "$out/console.txt")
  $hot && counts="$counts; $(grep -c "<nmethod .*compiler='c2'.* method='JumbaKernel" "$out/compilation.log") C2 compiles of kernel methods"
  echo "  $suite: $counts (exit $status)"
  return $status
}

# Selectors of the smoke subset's conformance cases: every 8th dynamic container of ConformanceTest's factory.
smoke_conformance() {
  local cases
  cases=$(grep -o '"id"' "$root/jumba/src/test/resources/conformance/manifest.json" | wc -l)
  for ((i = 1; i <= cases; i += 8)); do
    printf '%s\n' --select "uid:[engine:junit-jupiter]/[class:io.jumba.conformance.ConformanceTest]/[test-factory:conformance()]/[dynamic-container:#$i]"
  done
}

# Selectors of the --class test classes in package.
class_selectors() {
  local c
  for c in "${classes[@]}"; do printf '%s\n' --select-class "$1.$c"; done
}

run_config() {
  local config=$1 status=0
  echo "== $config"
  echo "  species: $($(java_of "$config") --add-modules jdk.incubator.vector ${jvm_flags[@]+"${jvm_flags[@]}"} \
    -cp "$work/probe" PreferredSpecies \
    2>/dev/null)"
  for suite in "${suites[@]}"; do
    if ((${#classes[@]})); then
      local module=jumba selected
      [[ $suite == vectorize ]] && module=vectorize
      mapfile -t selected < <(class_selectors "io.jumba.$suite")
      run_suite "$config" "$suite" "$module" "${selected[@]}" || status=1
      continue
    fi
    case $suite,$smoke in
      conformance,true)
        local selectors
        mapfile -t selectors < <(smoke_conformance)
        run_suite "$config" conformance jumba "${selectors[@]}" || status=1 ;;
      conformance,false) run_suite "$config" conformance jumba --select-package io.jumba.conformance || status=1 ;;
      vectorize,true)
        run_suite "$config" vectorize vectorize --select-class io.jumba.vectorize.SimdSemanticsTest \
          --select-class io.jumba.vectorize.OuterLoopSemanticsTest || status=1 ;;
      vectorize,false)
        run_suite "$config" vectorize vectorize --scan-classpath "$root/vectorize/target/test-classes" || status=1 ;;
    esac
  done
  return $status
}

summary=summary-$(IFS=-; echo "${suites[*]}")$tag.txt
pids=()
for config in "${configs[@]}"; do
  mkdir -p "$work/results/$config"
  run_config "$config" >"$work/results/$config/$summary" 2>&1 &
  pids+=($!)
done
failed=0
for i in "${!configs[@]}"; do
  wait "${pids[$i]}" || failed=1
  cat "$work/results/${configs[$i]}/$summary"
done
exit $failed
