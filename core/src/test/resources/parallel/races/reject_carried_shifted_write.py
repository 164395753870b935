# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    for i in prange(a.shape[0] - 1):
        a[i + 1] = a[i] * 2
