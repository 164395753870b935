# call: f(2)
from numba import njit


@njit
def f(n):
    xs = [1.5]
    for i in range(n):
        xs.pop()
    return len(xs)
