# args: float64[:, :]; float64[:]
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def k(m, out):
    for i in prange(m.shape[0]):
        tmp = np.zeros(m.shape[1])
        for j in range(m.shape[1]):
            tmp[j] = m[i, j] + 1.0
        out[i] = np.sum(tmp)
