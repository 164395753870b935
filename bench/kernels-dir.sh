# Sourced by run.sh and run-numba.sh: sets KERNELS to the bench-kernels folder, as BenchKernels.dir() finds it:
# $JUMBA_BENCH_KERNELS if set, else shared/bench-kernels beside the repository root or beside one of its parents.
if [ -n "${JUMBA_BENCH_KERNELS:-}" ]; then
  KERNELS=$JUMBA_BENCH_KERNELS
else
  KERNELS=
  dir=$(dirname "$root")
  while [ "$dir" != / ]; do
    if [ -f "$dir/shared/bench-kernels/cases.json" ]; then KERNELS=$dir/shared/bench-kernels; break; fi
    dir=$(dirname "$dir")
  done
fi
if [ -z "$KERNELS" ] || [ ! -f "$KERNELS/cases.json" ]; then
  echo "bench: no bench-kernels folder (cases.json) found above $root; set JUMBA_BENCH_KERNELS" >&2
  exit 2
fi
