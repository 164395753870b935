"""Sum of squares as a parallel reduction: prange under @njit(parallel=True)."""
from numba import njit, prange


@njit(parallel=True)
def sumsq(a):
    acc = 0.0
    for i in prange(a.shape[0]):
        acc += a[i] * a[i]
    return acc
