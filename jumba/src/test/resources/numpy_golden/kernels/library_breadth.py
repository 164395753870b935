"""More of NumPy's library inside kernels, as Numba 0.56 supports it: append, delete, extract, intersect1d,
take_along_axis, the kind questions (isreal, iscomplex, isrealobj, iscomplexobj, isscalar, isposinf, isneginf), angle,
asarray_chkfinite, the windows (bartlett, blackman, hamming, hanning), tril_indices/triu_indices, logspace, rot90,
ascontiguousarray and select."""
import numpy as np
from numba import njit


@njit
def appended(a, v):
    return np.append(a, v), np.append(a, 2.5), np.append(v, 7)


@njit
def appended_along_rows(m, n):
    return np.append(m, n, axis=0)


@njit
def appended_along_columns(m, n):
    return np.append(m, n, axis=1)


@njit
def appended_along_last_but_one(m, n):
    return np.append(m, n, axis=-2)


@njit
def appended_along_1d_to_2d(m, v):
    return np.append(m, v, axis=0)


@njit
def deleted(a, i):
    return np.delete(a, i), np.delete(a, -1), np.delete(a, np.array([0, 2, 2, -3]))


@njit
def deleted_positions(a, idx):
    return np.delete(a, idx)


@njit
def deleted_float_index(a):
    return np.delete(a, 1.0)


@njit
def extracted(cond, a):
    return np.extract(cond, a)


@njit
def extracted_positive(a):
    return np.extract(a > 0, a), np.extract(a.astype(np.int64) % 2, a)


@njit
def intersection(a, b):
    return np.intersect1d(a, b)


@njit
def taken_along_rows(m, i):
    return np.take_along_axis(m, i, 0)


@njit
def taken_along_columns(m, i):
    return np.take_along_axis(m, i, axis=1)


@njit
def taken_along_last(m, i):
    return np.take_along_axis(m, i, -1)


@njit
def taken_along_flat(m, i):
    return np.take_along_axis(m, i, None)


@njit
def taken_along_bad_rank(m, i):
    return np.take_along_axis(m, i, 0)


@njit
def kinds(x):
    return np.isreal(x), np.iscomplex(x), np.isrealobj(x), np.iscomplexobj(x), np.isscalar(x)


@njit
def kinds_of_scalars(x, re, im):
    z = complex(re, im)
    return (np.isreal(x), np.iscomplex(x), np.isreal(z), np.iscomplex(z), np.isscalar(x), np.isscalar(z),
            np.isrealobj(z), np.iscomplexobj(z))


@njit
def infinities(x):
    return np.isposinf(x), np.isneginf(x)


@njit
def infinities_of_scalars(x):
    return np.isposinf(x), np.isneginf(x), np.isposinf(3), np.isneginf(True)


@njit
def infinities_of_complex(z):
    return np.isposinf(z)


@njit
def angles(z):
    return np.angle(z), np.angle(z, deg=True), np.angle(z, True)


@njit
def angles_of_scalars(x, re, im):
    z = complex(re, im)
    return np.angle(x), np.angle(x, deg=True), np.angle(z), np.angle(z, deg=True), np.angle(-3)


@njit
def checked_finite(a):
    return np.asarray_chkfinite(a)


@njit
def windows(m):
    return np.bartlett(m), np.blackman(m), np.hamming(m), np.hanning(m)


@njit
def triangle_indices(n, k, m):
    a, b, c, d, e = np.tril_indices(n), np.triu_indices(n), np.tril_indices(n, k), np.triu_indices(n, k, m), np.tril_indices(n, k=k, m=m)
    return a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1], e[0], e[1]


@njit
def triangle_indices_from(x, k):
    a, b, c, d = np.tril_indices_from(x), np.triu_indices_from(x), np.tril_indices_from(x, k), np.triu_indices_from(x, k=k)
    return a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]


@njit
def triangle_indices_of_1d(a):
    return np.tril_indices_from(a)


@njit
def log_spaced(start, stop, num):
    return np.logspace(start, stop, num)


@njit
def log_spaced_default(start, stop):
    return np.logspace(start, stop)


@njit
def rotated(m, k):
    return np.rot90(m), np.rot90(m, k), np.rot90(m, k=-k)


@njit
def rotated_writes_through(m):
    r = np.rot90(m)
    r[0, 0] = 100
    return m


@njit
def rotated_1d(a):
    return np.rot90(a)


@njit
def contiguous(m):
    c = np.ascontiguousarray(m.T)
    s = np.ascontiguousarray(m)
    s[0, 0] = 7
    return c, m


@njit
def selected(x, y):
    return (np.select([x < 0, x > 2], [-x, y]), np.select((x > 0,), (x * 2,), default=-1.5),
            np.select([x > 1, x > 0], [y, 3]))


@njit
def selected_bad_condition(x):
    return np.select([x], [x])


@njit
def broadcast_views(a, m):
    b = np.broadcast_to(a, (3, a.shape[0]))
    x, y = np.broadcast_arrays(a, m)
    return b, np.broadcast_to(m[:, :1], m.shape), np.broadcast_to(2.5, (2, 3)), x, y


@njit
def broadcast_to_shape(a, rows, cols):
    return np.broadcast_to(a, (rows, cols))


@njit
def broadcast_sum(m):
    # a strided source is copied, then viewed with zero strides; reductions read the broadcast values
    return np.broadcast_to(m[::2, :1], (4, 3, 5)).sum(), np.broadcast_to(m[1], (2, m.shape[1])).copy()


@njit
def broadcast_shape_of(r, c):
    return np.broadcast_shapes((r, 1), (1, c), (c,))


@njit
def broadcast_too_few_dims(m):
    return np.broadcast_to(m, (5,))


@njit
def trapezoids(y, x):
    # np.trapezoid is NumPy 2's name for Numba 0.56's np.trapz; Jumba takes both
    return np.trapezoid(y), np.trapezoid(y, x), np.trapezoid(y, dx=0.5), np.trapezoid(y, x=x)


@njit
def trapezoid_points(y, x):
    return np.trapezoid(y, x)


@njit
def split_three(a):
    x, y, z = np.split(a, 3)
    p, q, r, s = np.array_split(a, 4)
    return x, y, z, p, q, r, s


@njit
def split_at(m, i, j):
    x, y, z = np.split(m, (i, j), axis=1)
    p, q = np.array_split(m, [i], axis=-1)
    return x, y, z, p, q


@njit
def split_rows_write_through(m):
    top, bottom = np.split(m, 2)
    top[0, 0] = 99
    return m, bottom


@njit
def split_unequal(a):
    x, y = np.split(a, 2)
    return x, y


@njit
def split_run_time_count(a, n):
    return np.split(a, n)
