import numpy as np
from numba import njit


@njit
def mask_read(a, t):
    return a[a > t], a[a < t]


@njit
def mask_write(a, t):
    a[a > t] = 0
    return a


@njit
def mask_write_values(a, t, v):
    a[a > t] = v[: np.count_nonzero(a > t)]
    return a


@njit
def mask_update(a, t):
    a[a < t] += 100
    return a


@njit
def fancy_read(a, idx):
    return a[idx]


@njit
def fancy_write(a, idx, v):
    a[idx] = v
    return a


@njit
def fancy_update(a, idx):
    a[idx] *= 2
    return a


@njit
def rows_and_columns(m, idx, mask):
    return m[idx], m[:, idx], m[1, idx], m[idx, 2], m[1:, idx], m[mask, 1:]


@njit
def write_columns(m, idx, v):
    m[:, idx] = v
    return m


@njit
def write_rows(m, idx):
    m[idx] = m[0]
    m[idx, 1:] = -1
    return m


@njit
def mask_2d(m, t):
    picked = m[m > t]
    m[m > t] = t
    return picked, m


@njit
def view_read(a, idx):
    return a[::2][idx]
