"""Escape counts of the Mandelbrot set on an h x w grid of points.

escape_count iterates z = z*z + c in real arithmetic until |z| > 2 or max_iter
steps; the number of steps differs from pixel to pixel. mandelbrot_prange is the
same kernel with its row loop under prange (rows cost different amounts).
"""
from numba import njit, prange


@njit
def escape_count(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


@njit
def mandelbrot(xmin, xmax, ymin, ymax, max_iter, out):
    h, w = out.shape
    step_x = (xmax - xmin) / w
    step_y = (ymax - ymin) / h
    for r in range(h):
        ci = ymin + r * step_y
        for c in range(w):
            out[r, c] = escape_count(xmin + c * step_x, ci, max_iter)


@njit(parallel=True)
def mandelbrot_prange(xmin, xmax, ymin, ymax, max_iter, out):
    h, w = out.shape
    step_x = (xmax - xmin) / w
    step_y = (ymax - ymin) / h
    for r in prange(h):
        ci = ymin + r * step_y
        for c in range(w):
            out[r, c] = escape_count(xmin + c * step_x, ci, max_iter)
