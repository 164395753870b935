from numba import njit


@njit
def f(n):
    for i in range(n):
        pass
    else:
        return -1
    return 0
