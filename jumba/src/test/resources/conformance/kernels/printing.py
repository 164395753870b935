"""print(...) of scalars, arrays, tuples and string constants, as Python and NumPy print them."""
import numpy as np
from numba import njit


@njit
def scalars(n, x):
    print(n, x, n > 2, -x)
    print("n =", n, "and x =", x)
    print()
    return n


@njit
def floats(x):
    print(x * 1e16, x / 1e5, x * 0.0, -x * 0.0, x / 3)
    return x


@njit
def special_floats(x):
    print(x / 0.0 if x != 0 else x, np.nan, np.inf, -np.inf)
    return 0


@njit
def small_ints(n):
    print(np.int32(n), np.int8(n), np.float32(n) / np.float32(3))
    return n


@njit
def array_1d(a):
    print(a)
    print("twice:", a * 2)
    return a.size


@njit
def array_2d(m):
    print(m)
    print(m > 0)
    return 0


@njit
def int_array(n):
    a = np.arange(n)
    print(a, a * a * 1000)
    return n


@njit
def tuples(x, n):
    t = (x, n)
    print(t)
    print((n,), (x, (n, x > 0)))
    return 0


@njit
def in_loop(n):
    s = 0
    for i in range(n):
        s += i
        print(i, s)
    return s


@njit
def before_error(a, i):
    print("reading", i)
    if i >= a.size:
        raise IndexError("past the end")
    return a[i]


@njit
def empty_and_long(n):
    print(np.zeros(0))
    print(np.arange(n) * 1.5)
    return n


@njit
def none_and_text():
    print("a\tb", None, 'quote"s')
    return 1
