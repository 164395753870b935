# call: f(int64[3])
from numba import njit


def ratio(a, b):
    return a % b


@njit
def f(a):
    t = 0
    for i in range(a.shape[0]):
        t += ratio(10, a[i])
    return t
