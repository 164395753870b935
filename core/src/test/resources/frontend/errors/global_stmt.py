COUNT = 0


from numba import njit


@njit
def f(n):
    global COUNT
    return n
