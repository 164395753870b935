from numba import njit


@njit
def f(a):
    return np.sum(axis=0, a)
