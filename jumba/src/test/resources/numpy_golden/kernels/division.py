import numpy as np
from numba import njit


@njit
def floordiv(x, y):
    return x // y


@njit
def remainder(x, y):
    return x % y


@njit
def truediv(x, y):
    return x / y


@njit
def floordiv_by_scalar(x, k):
    return x // k


@njit
def remainder_of_scalar(k, y):
    return k % y


@njit
def fused_into(x, y, out):
    out[:] = x // y + x % y * 3
    return out


@njit
def inplace_floordiv(x, y):
    x //= y
    return x


@njit
def divide_2d(x, y):
    return x / y, x // y, x % y


@njit
def scalar_floordiv(a, b):
    return a // b


@njit
def scalar_remainder(a, b):
    return a % b


@njit
def scalar_truediv(a, b):
    return a / b


@njit
def loop_floordiv(x, y):
    # int() makes plain Python raise as Numba does on int64 elements (NumPy's own int64 scalars give 0).
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = int(x[i]) // int(y[i])
    return out


@njit(error_model="numpy")
def loop_floordiv_numpy_model(x, y):
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = x[i] // y[i]
    return out


@njit
def named_ufuncs_on_scalars(a, b):
    return np.floor_divide(a, b), np.remainder(a, b), np.mod(a, b)
