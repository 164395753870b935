import numpy as np
from numba import njit


@njit(cache=True)
def dot_arange(n):
    a = np.arange(n) * 0.5
    b = np.ones(n)
    s = 0.0
    for i in range(n):
        s += a[i] * b[i]
    return s
