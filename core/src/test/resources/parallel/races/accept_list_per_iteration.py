# args: float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a):
    for i in prange(a.shape[0]):
        l = [a[i], 1.0]
        l.append(2.0)
        a[i] = sum(l)
