# args: int64[:]; int64[:]
from numba import njit, prange


@njit(parallel=True)
def k(idx, hist):
    for i in prange(idx.shape[0]):
        hist[idx[i]] += 1
