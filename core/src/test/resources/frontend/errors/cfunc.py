from numba import cfunc


@cfunc("float64(float64)")
def half(x):
    return x / 2
