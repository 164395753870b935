"""Issue 14's stencil shape: one sweep of a 5-point stencil whose border points are copied, chosen by an `if` in
the loop nest (Jumba splits the border iterations off: explain shows the interior loop vectorized without a mask).

    bench/simd/make-grid.sh 512 512          # bench/target/simd/grid.npy and out.npy
    bin/jumba bench bench/simd/stencil_border.py stencil bench/target/simd/grid.npy bench/target/simd/out.npy
    /usr/bin/python3 bench/simd/numba_time.py bench/simd/stencil_border.py stencil bench/target/simd/grid.npy bench/target/simd/out.npy
"""
from numba import njit


@njit
def stencil(a, out):
    n, m = a.shape
    for i in range(n):
        for j in range(m):
            if i == 0 or j == 0 or i == n - 1 or j == m - 1:
                out[i, j] = a[i, j]
            else:
                out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
