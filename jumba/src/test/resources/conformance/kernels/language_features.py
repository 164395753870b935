import math

from numba import njit


@njit
def while_else(n, stop):
    # the else block runs when the condition fails, not when the loop breaks
    i = 0
    found = -1
    while i < n:
        if i * i >= stop:
            found = i
            break
        i += 1
    else:
        found = -100 - i
    return found, i


@njit
def zip_arrays(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s = s * 0.5 + x * y
    return s


@njit
def zip_range_array(n, a):
    s = 0.0
    for i, x in zip(range(n), a):
        s += (i + 1) * x
    return s


@njit
def enumerate_range(lo, hi):
    s = 0
    for k, v in enumerate(range(lo, hi)):
        s = s * 3 + k * v
    return s


@njit
def enumerate_array(a):
    best = -1
    for i, x in enumerate(a):
        if best < 0 or x > a[best]:
            best = i
    return best


@njit
def row_iteration(m):
    total = 0.0
    rows = 0
    for row in m:
        total = total * 0.5 + row.sum()
        rows += 1
    return total, rows


@njit
def in_tuple(x):
    t = (2, 3, 5, 7)
    return x in t, x not in t


@njit
def in_range(x, lo, hi, step):
    return x in range(lo, hi, step), x not in range(lo, hi)


@njit
def tuple_repeat(a):
    t = (1, 2.5) * 2  # Numba repeats constant tuples only
    return t[3] * a + t[0], len(t)


@njit
def tuple_slice(a, b, c, d):
    t = (a, b, c, d)
    u = t[1:3]
    return u[0] - u[1], len(u)


@njit
def tuple_truth(a):
    e = ()
    t = (a,)
    return bool(e), bool(t)


@njit
def divmod_builtin(a, b):
    q, r = divmod(a, b)
    return q, r


@njit
def sum_range(n):
    return sum(range(n))


@njit
def gcd(a, b):
    return math.gcd(a, b)


@njit
def ldexp(x, e):
    return math.ldexp(x, e)


@njit
def frexp(x):
    # the exponent is an int32 (a C int), as Numba types it
    m, e = math.frexp(x)
    return m, e


@njit
def frexp_exponent_sum(a):
    # int32 exponents added in a loop: the accumulator unifies to int64, the exponent itself stays int32
    s = 0
    e = math.frexp(a[0])[1]
    for x in a:
        s += math.frexp(x)[1]
    return s, e


@njit
def sum_mixed_tuple(a, x):
    return sum((1.5, a)), sum((a, True, 2)), sum((a, x), 10), sum((True, False))
