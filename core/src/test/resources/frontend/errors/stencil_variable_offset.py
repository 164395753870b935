# call: f(float64[5], 1)
from numba import stencil


@stencil
def f(a, k):
    return a[k] + a[0]
