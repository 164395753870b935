# args: float64[:]; int64[:]; float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(a, idx, out):
    for i in prange(a.shape[0]):
        out[idx[i]] = a[i]
