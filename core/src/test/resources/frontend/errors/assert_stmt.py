from numba import njit


@njit
def f(a):
    assert a > 0, 'positive'
    return a
