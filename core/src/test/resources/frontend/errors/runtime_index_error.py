# call: f(float64[3], 5)
from numba import njit


@njit
def f(a, i):
    s = 0.0
    for k in range(i):
        s += a[k]
    return s
