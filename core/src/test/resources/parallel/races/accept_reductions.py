# args: float64[:]; int64[:]
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def k(a, b):
    s = 0.0
    d = 0.0
    p = 1.0
    lo = np.inf
    hi = -np.inf
    bits = 0
    x = 0
    for i in prange(a.shape[0]):
        s += a[i]
        d -= a[i] * 0.5
        p *= a[i]
        lo = min(lo, a[i])
        hi = max(hi, a[i])
        bits |= b[i]
        x ^= b[i]
    return s + d + p + lo + hi + bits + x
