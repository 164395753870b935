from numba import njit


@njit
def f(x):
    if x:
        x = 1
      return x
