# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    s = 1.0
    for i in prange(a.shape[0]):
        s += a[i]
        s *= 2.0
    return s
