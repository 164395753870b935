# args: int64
from numba import njit, prange


@njit(parallel=True)
def k(n):
    l = [0]
    for i in prange(n):
        l.append(i)
    return len(l)
