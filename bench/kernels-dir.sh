# Sourced by run.sh and run-numba.sh, with $root the repository root: sets KERNELS to the kernel suite as
# BenchKernels.dir() finds it: $JUMBA_BENCH_KERNELS if set (another folder of the same layout, for a cross-check),
# else the repository's own bench/kernels.
KERNELS=${JUMBA_BENCH_KERNELS:-$root/bench/kernels}
if [ ! -f "$KERNELS/cases.json" ]; then
  echo "bench: no cases.json in $KERNELS (JUMBA_BENCH_KERNELS names the kernel suite's folder)" >&2
  exit 2
fi
