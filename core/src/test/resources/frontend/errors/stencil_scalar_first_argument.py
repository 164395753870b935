# call: f(2.0)
from numba import stencil


@stencil
def f(x):
    return x[1]
