# args: float64[:]; float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a, out):
    prev = 0.0
    for i in prange(a.shape[0]):
        out[i] = prev
        prev = a[i]
