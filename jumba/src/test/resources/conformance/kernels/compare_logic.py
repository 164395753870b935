from numba import njit


@njit
def compare_all(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


@njit
def chained(a, b, c):
    return a < b < c


@njit
def chained_mixed(a, x, b):
    return a <= x < b


@njit
def float_compare(x, y):
    return x < y, x == y, x != y, x >= y


@njit
def and_or_not(p, q, r):
    return (p and q) or not r


@njit
def short_circuit(a, b):
    if b != 0 and a // b > 2:
        return 1
    if b == 0 or a % b == 0:
        return 2
    return 3


@njit
def ternary(x):
    return 1.0 if x > 0 else (-1.0 if x < 0 else 0.0)


@njit
def int_float_eq(a, x):
    return a == x, a < x


@njit
def bool_not(p):
    return not p, p == True


@njit
def truthiness(a, x):
    r = 0
    if a:
        r += 1
    if x:
        r += 10
    if not a:
        r += 100
    return r
