# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    for i in prange(1, a.shape[0]):
        a[i] = a[i - 1] + 1
