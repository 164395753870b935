"""Issue 14's mandelbrot shape: escape_count leaves its loop with an early `return k`.

Scalar arguments only (the grid is allocated inside), so `bin/jumba bench` needs no .npy files:
    bin/jumba bench bench/inlining/mandelbrot_return.py mandelbrot 512 100
"""
import numpy as np
from numba import njit


@njit
def escape_count(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for k in range(max_iter):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return k
    return max_iter


@njit
def mandelbrot(n, max_iter):
    out = np.zeros((n, n), dtype=np.int64)
    for r in range(n):
        ci = -1.5 + 3.0 * r / n
        for c in range(n):
            out[r, c] = escape_count(-2.0 + 3.0 * c / n, ci, max_iter)
    return out
