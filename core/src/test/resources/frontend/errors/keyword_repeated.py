import numpy as np


from numba import njit


@njit
def f(n):
    return np.zeros(n, dtype=np.float64, dtype=np.int64)
