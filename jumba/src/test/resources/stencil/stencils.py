"""Stencil kernels checked against Numba 0.56 (goldens made by make_goldens.py)."""
import numpy as np
from numba import njit, stencil


@stencil
def diff1(a):
    return a[1] - a[-1]


@stencil
def jacobi(a):
    return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])


@stencil
def asym(a):
    return a[-2, 0] + 2.0 * a[0, 2] - a[1, -1]


@stencil(neighborhood=((-3, 0),))
def trailing_sum(a):
    acc = 0.0
    for i in range(-3, 1):
        acc += a[i]
    return acc / 4.0


@stencil(cval=-1.0)
def with_cval(a):
    return a[-1, -1] * a[1, 1]


@stencil
def scaled(a, s):
    return s * (a[-1] + a[0] + a[1])


@stencil
def two_arrays(a, b):
    return a[0, -1] * b[1, 0]


@stencil
def int_kernel(a):
    return a[-1] + 2 * a[0] + a[1]


@stencil("constant", cval=7)
def forward_only(a):
    return a[1] + a[2]


@stencil(standard_indexing=("w",))
def weighted(a, w):
    return w[0] * a[-1] + w[1] * a[0] + w[2] * a[1]


@stencil(cval=np.nan)
def nan_border(a):
    return a[-1] - a[1]


@stencil
def clipped(a):
    d = a[1] - a[-1]
    if d > 1.0:
        return 1.0
    return d


@stencil
def positive_neighbors(a):
    return a[0, -1] > 0 and a[0, 1] > 0


@njit(parallel=True)
def jacobi_parallel(a):
    return jacobi(a) * 2.0


@njit
def jacobi_twice(a):
    return jacobi(jacobi(a))


@njit
def into_out(a, out):
    diff1(a, out=out)
    return out


@njit
def scaled_from_njit(a):
    return scaled(a, 0.5) + 1.0
