# args: float64[:]
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def k(a):
    for i in prange(a.shape[0]):
        a[i] = np.sum(a)
