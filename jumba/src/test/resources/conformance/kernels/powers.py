from numba import njit


@njit
def ipow(a, b):
    return a ** b


@njit
def fpow(x, y):
    return x ** y


@njit
def fpow_int_exp(x, n):
    return x ** n


@njit
def const_powers(x, n):
    return x ** 2, x ** 0.5, n ** 2, n ** 3


@njit
def pow_overflow(a):
    return a ** 63


@njit
def square_sum(n):
    s = 0
    for i in range(n):
        s += i ** 2
    return s
