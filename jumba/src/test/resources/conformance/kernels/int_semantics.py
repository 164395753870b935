from numba import njit


@njit
def floordiv(a, b):
    return a // b


@njit
def mod(a, b):
    return a % b


@njit
def divmod_pair(a, b):
    return a // b, a % b


@njit
def float_floordiv(x, y):
    return x // y


@njit
def float_mod(x, y):
    return x % y


@njit
def overflow_add(a, b):
    return a + b


@njit
def overflow_mul(a, b):
    return a * b


@njit
def overflow_neg(a):
    return -a


@njit
def overflow_loop(n):
    h = 1469598103934665603
    for i in range(n):
        h = (h ^ i) * 1099511628211
    return h


@njit
def min_int_div(a, b):
    return a // b


@njit
def abs_min(a):
    return abs(a)


@njit(error_model='numpy')
def np_model_int_div(a, b):
    return a // b, a % b


@njit(error_model='numpy')
def np_model_float_div(x, y):
    return x / y


@njit(error_model='numpy')
def np_model_true_div_int(a, b):
    return a / b
