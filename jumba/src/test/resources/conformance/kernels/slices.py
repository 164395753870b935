import numpy as np
from numba import njit


@njit
def slice_sum(a, lo, hi):
    s = 0.0
    v = a[lo:hi]
    for i in range(v.shape[0]):
        s += v[i]
    return s


@njit
def reversed_copy(a):
    return a[::-1].copy()


@njit
def every_other(a):
    return a[::2].copy()


@njit
def neg_step_slice(a):
    return a[-2::-3].copy()


@njit
def view_write(a):
    v = a[1:-1]
    for i in range(v.shape[0]):
        v[i] = v[i] * 10.0


@njit
def slice_assign_scalar(a):
    a[1:4] = 0.0


@njit
def slice_assign_array(a, b):
    a[::2] = b[: (a.shape[0] + 1) // 2]


@njit
def reversed_view_write(a):
    r = a[::-1]
    for i in range(r.shape[0]):
        r[i] = i


@njit
def col_slice(m, j):
    return m[:, j].copy()


@njit
def sub_block(m):
    return m[1:, ::2].copy()


@njit
def col_assign(m):
    m[:, 0] = -1.0


@njit
def row_assign(m, v):
    m[-1, :] = v


@njit
def slice_len(a, lo, hi, step):
    return len(a[lo:hi:step])


@njit
def whole_assign(a):
    a[:] = 7.0
