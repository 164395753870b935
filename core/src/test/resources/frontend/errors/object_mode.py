from numba import jit


@jit(forceobj=True)
def f(a):
    return a
