from numba import njit, objmode


@njit
def f(x):
    with objmode(y="float64"):
        y = x + 1.0
    return y
