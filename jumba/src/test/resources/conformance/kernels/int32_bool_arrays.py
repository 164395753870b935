import numpy as np
from numba import njit


@njit
def i32_sum_loop(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def i32_store_wrap(a, v):
    for i in range(a.shape[0]):
        a[i] = v + i


@njit
def i32_arith(a, b):
    return a + b, a * b


@njit
def i32_element(a, i):
    return a[i] * 2


@njit
def i32_to_f64(a):
    out = np.empty(a.shape[0])
    for i in range(a.shape[0]):
        out[i] = a[i] / 2
    return out


@njit
def bool_count(mask):
    c = 0
    for i in range(mask.shape[0]):
        if mask[i]:
            c += 1
    return c


@njit
def bool_mask_apply(mask, x):
    out = np.zeros_like(x)
    for i in range(x.shape[0]):
        if mask[i]:
            out[i] = x[i]
    return out


@njit
def bool_store(x, mask):
    for i in range(x.shape[0]):
        mask[i] = x[i] > 0.0


@njit
def bool_array_logic(p, q):
    return p & q, p | q, ~p


@njit
def bool_where(mask, x):
    return np.where(mask, x, -x)


@njit
def mixed_i32_i64(a, b):
    return a + b


@njit
def i32_element_products(a):
    # int32 elements with each other: Numba computes in int64, so nothing wraps
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return a[2] * a[3], a[2] + a[2], a[3] - a[2], s
