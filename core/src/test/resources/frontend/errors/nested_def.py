from numba import njit


@njit
def f(n):
    def g(x):
        return x
    return g(n)
