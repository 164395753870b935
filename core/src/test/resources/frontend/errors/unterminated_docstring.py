from numba import njit


@njit
def f(x):
    """Docstring
    return x
