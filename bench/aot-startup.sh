#!/usr/bin/env bash
# Time to a first result in a fresh JVM: examples/dot.py's dot over two 1000-element arrays, called (a) through a
# jar compiled ahead of time (bin/jumba aot) with only the jumba-runtime jar beside it, and (b) through the library
# (Jumba.jit, compiling in the process), each from process start to the printed result. Same JVM options for both,
# no AOT/CDS cache of Jumba's for either.
#
# Usage: bench/aot-startup.sh [RUNS]   (default 10 runs each, interleaved; prints median and min-max in ms)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/find-jdk"
bin="$JUMBA_JAVA_HOME/bin"
runs=${1:-10}
work="$root/bench/target/aot-startup"
rm -rf "$work" && mkdir -p "$work/classes"
"$root/bin/jumba" aot "$root/examples/dot.py" --sig "dot=float64(float64[:], float64[:])" --class demo.Dot \
    -o "$work/dot.jar" >/dev/null
runtime="$root/runtime/target/jumba-runtime-0.1.0-SNAPSHOT.jar"
library="$root/cli/target/jumba-cli-0.1.0-SNAPSHOT-all.jar"
cat >"$work/Aot.java" <<'JAVA'
public class Aot {
    public static void main(String[] args) {
        double[] a = new double[1000];
        for (int i = 0; i < a.length; i++) a[i] = i;
        System.out.println(demo.Dot.dot(a, a));
    }
}
JAVA
cat >"$work/Jit.java" <<'JAVA'
public class Jit {
    public static void main(String[] args) throws Exception {
        double[] a = new double[1000];
        for (int i = 0; i < a.length; i++) a[i] = i;
        var dot = io.jumba.Jumba.jit(java.nio.file.Path.of(args[0])).function("dot");
        System.out.println(dot.call(io.jumba.array.NDArray.wrap(a), io.jumba.array.NDArray.wrap(a)));
    }
}
JAVA
"$bin/javac" -d "$work/classes" -cp "$work/dot.jar:$runtime" "$work/Aot.java"
"$bin/javac" -d "$work/classes" -cp "$library" "$work/Jit.java"
jvm=("$bin/java" --add-modules jdk.incubator.vector -XX:+UseSerialGC -XX:-UsePerfData)
expected=3.328335E8
time_ms() {  # runs the command, checks its output, prints its wall time in ms
  local t0 t1 out
  t0=$(date +%s%N)
  out=$("$@" 2>/dev/null)
  t1=$(date +%s%N)
  [ "$out" = "$expected" ] || { echo "aot-startup: unexpected output '$out' from $*" >&2; exit 1; }
  echo $(( (t1 - t0) / 1000000 ))
}
aot=() jit=()
for ((r = 0; r < runs; r++)); do
  aot+=("$(time_ms "${jvm[@]}" -cp "$work/dot.jar:$runtime:$work/classes" Aot)")
  jit+=("$(time_ms "${jvm[@]}" -cp "$library:$work/classes" Jit "$root/examples/dot.py")")
done
summary() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%s ms (min %s, max %s, %d runs)\n", m, v[1], v[NR], NR}'; }
echo "ahead of time (dot.jar + jumba-runtime): $(printf '%s\n' "${aot[@]}" | summary)"
echo "compiled in the process (Jumba.jit):     $(printf '%s\n' "${jit[@]}" | summary)"
