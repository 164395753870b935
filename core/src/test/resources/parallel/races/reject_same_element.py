# args: float64[:]; float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a, out):
    for i in prange(a.shape[0]):
        out[0] = a[i]
