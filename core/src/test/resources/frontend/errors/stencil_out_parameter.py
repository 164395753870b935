# call: f(float64[5], float64[5])
from numba import stencil


@stencil
def f(a, out):
    return a[1]
