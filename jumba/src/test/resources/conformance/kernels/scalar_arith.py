from numba import njit, jit


@njit
def add_ints(a, b):
    return a + b


@njit
def sub_mul(a, b):
    return a * b - b


@njit
def mixed_int_float(a, x):
    return a * x + a


@njit
def true_div_ints(a, b):
    return a / b


@njit
def true_div_floats(x, y):
    return x / y


@njit
def neg_abs(a):
    return -abs(a) + abs(-a)


@njit
def poly(x):
    return 3.0 * x * x - 2.0 * x + 1.0


@jit(nopython=True)
def aug_assign(a, b):
    c = a
    c += b
    c *= 3
    c -= a
    c //= 2
    return c


@njit
def float_aug(x):
    y = x
    y /= 4.0
    y += 0.5
    y **= 2
    return y


@njit
def unary_ops(a, x):
    return -a, +a, -x, +x


@njit
def min_max_builtin(a, b, c):
    return min(a, b), max(a, b, c), min(a, 2.5)


@njit
def int_unify(n):
    x = 0
    for i in range(n):
        x = x + i
    y = x * 0.5
    return y


@njit
def bool_arith(p, q):
    return p + q, p * 3, int(p) - int(q)
