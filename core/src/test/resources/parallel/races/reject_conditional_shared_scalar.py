# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    found = -1
    for i in prange(a.shape[0]):
        if a[i] > 0:
            found = i
    return found
