# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    for i in prange(a.shape[0]):
        if a[i] < 0:
            break
        a[i] = 1.0
