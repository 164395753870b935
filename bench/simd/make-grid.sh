#!/usr/bin/env bash
# Writes bench/target/simd/grid.npy (float64 n x m, values in [0, 1), seed 14) and out.npy (zeros) for stencil_border.py,
# and out32.npy (int32 zeros, n x m) for the suite's mandelbrot (bench/kernels/mandelbrot.py writes int32 counts).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$here/../target/simd"
/usr/bin/python3 -c "
import sys, numpy as np
n, m = int(sys.argv[1]), int(sys.argv[2])
np.save(sys.argv[3] + '/grid.npy', np.random.default_rng(14).random((n, m)))
np.save(sys.argv[3] + '/out.npy', np.zeros((n, m)))
np.save(sys.argv[3] + '/out32.npy', np.zeros((n, m), dtype=np.int32))
" "${1:-512}" "${2:-512}" "$here/../target/simd"
