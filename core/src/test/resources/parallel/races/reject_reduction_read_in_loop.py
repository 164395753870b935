# args: float64[:]; float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a, out):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
        out[i] = s
    return s
