# call: f(float64[5])
from numba import stencil


@stencil
def f(a):
    a[0] = 1.0
    return a[1]
