#!/usr/bin/env bash
# Times the bench-kernels cases under Numba into bench/target/numba.json (read by run.sh's report).
# Extra arguments go to numba_baseline.py, e.g. --sizes small --cases dot,triad --budget 0.4.
# Needs /usr/bin/python3 with numba and numpy; NUMBA_NUM_THREADS sets the prange threads.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/kernels-dir.sh"
mkdir -p "$here/target"
exec /usr/bin/python3 "$KERNELS/numba_baseline.py" --out "$here/target/numba.json" "$@"
