# entry: axpy(float64, float64[::1], float64[::1])
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def axpy(a, x, y):
    out = np.empty_like(x)
    for i in prange(x.shape[0]):
        out[i] = a * x[i] + y[i]
    return out
