from numba import njit


@njit(parallel=True, target_backend="cpu")
def f(x):
    return x
