#!/usr/bin/env bash
# Times the kernel suite's cases under Numba into bench/target/numba.json (read by run.sh's report).
# Extra arguments go to bench/kernels/numba_timings.py, e.g. --sizes small --cases dot,triad --repeats 30.
# Needs /usr/bin/python3 with numba and numpy (exit status 2 without them); NUMBA_NUM_THREADS sets the prange threads.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/kernels-dir.sh"
mkdir -p "$here/target"
exec /usr/bin/python3 "$here/kernels/numba_timings.py" --suite "$KERNELS" --out "$here/target/numba.json" "$@"
