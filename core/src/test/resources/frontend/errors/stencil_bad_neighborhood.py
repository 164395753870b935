# call: f(float64[5])
from numba import stencil


@stencil(neighborhood=(-1, 1))
def f(a):
    return a[-1] + a[1]
