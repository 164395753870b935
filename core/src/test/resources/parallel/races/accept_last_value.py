# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    last = 0.0
    for i in prange(a.shape[0]):
        last = a[i] * 2.0
    return last
