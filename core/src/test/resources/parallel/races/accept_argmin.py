# args: float64[:]
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def k(a):
    m = np.inf
    mi = -1
    big = -np.inf
    bi = -1
    for i in prange(a.shape[0]):
        if a[i] < m:
            m = a[i]
            mi = i
        if a[i] >= big:
            big = a[i]
            bi = i
    return mi + bi
