# Sourced by bench/compare-commits.sh and bench/compare-paired.sh: builds BASE's benchmarks.jar in a git worktree
# under bench/target/compare/base, and the working tree's, unless SKIP_BUILD=1.
# After it: $base (short commit), $base_jar, $head_jar.
build() {  # build DIR: benchmarks.jar of the project in DIR
  (cd "$1" && ./bin/mvnw -o -q -DskipTests -pl bench -am package >/dev/null 2>&1 || ./bin/mvnw -q -DskipTests -pl bench -am package)
}
base=$(git -C "$root" rev-parse --short "$base")  # HEAD and branch names mean this repository's, not the worktree's
work="$root/bench/target/compare"
mkdir -p "$work"
if [ ! -d "$work/base" ]; then git -C "$root" worktree add -f --detach "$work/base" "$base" >/dev/null; fi
git -C "$work/base" checkout -q --detach "$base"
if [ -z "${SKIP_BUILD:-}" ]; then build "$work/base"; build "$root"; fi
base_jar="$work/base/bench/target/benchmarks.jar"
head_jar="$root/bench/target/benchmarks.jar"
