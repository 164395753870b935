import numpy as np
from numba import njit


@njit
def reshapes(a):
    return a.reshape((3, 4)), np.reshape(a, (2, -1)), a.reshape(4, 3), a.reshape(-1), a.reshape((2, 3, 2))


@njit
def reshape_is_a_view(a):
    b = a.reshape((3, 4))
    b[1, 2] = 100.0
    return a


@njit
def reshape_bad_size(a):
    return a.reshape((5, 3))


@njit
def reshape_two_unknowns(a):
    return a.reshape((-1, -1))


@njit
def reshape_strided(a):
    return a[::2].reshape((3, 2))


@njit
def ravel_flatten(m):
    r = m.ravel()
    f = m.flatten()
    f[0] = -1
    return r, f, np.ravel(m.T), m[:, ::2].ravel(), m


@njit
def ravel_writes_through(m):
    r = m.ravel()
    r[0] = 42
    return m


@njit
def transposes(t):
    return (np.transpose(t), t.transpose((1, 0, 2)), np.transpose(t, (2, 0, 1)), t.transpose(0, 2, 1),
            np.swapaxes(t, 0, 2), t.swapaxes(-1, 1))


@njit
def transposed_sum(t):
    return np.transpose(t, (2, 0, 1)) + 1, np.swapaxes(t, 0, 1).sum(axis=0)


@njit
def new_axes(v, m):
    return (np.expand_dims(v, 0), np.expand_dims(v, axis=1), np.expand_dims(m, -1), v[None, :], v[:, np.newaxis],
            m[:, None, :], m[1, None], v[np.newaxis] * v[:, None])


@njit
def squeezes(m):
    c = m[:, 1:2]
    return np.squeeze(c, axis=1), c.squeeze(1), np.squeeze(m[None], 0)


@njit
def squeeze_not_one(m):
    return np.squeeze(m, axis=0)


@njit
def squeeze_without_axis(m):
    return np.squeeze(m)


@njit
def at_least(x, v, m):
    return np.atleast_1d(x), np.atleast_1d(v), np.atleast_2d(v), np.atleast_2d(m), np.atleast_3d(v), np.atleast_3d(m)


@njit
def at_least_many(v, m):
    a, b = np.atleast_2d(v, m)
    return a, b


@njit
def joins(a, b):
    return (np.concatenate((a, b)), np.concatenate((a, b, a), axis=0), np.stack((a, b)), np.stack((a, b), axis=1),
            np.vstack((a, b)), np.hstack((a, b)), np.column_stack((a, b)), np.dstack((a, b)))


@njit
def joins_2d(m, n):
    return (np.concatenate((m, n)), np.concatenate((m, n), axis=1), np.concatenate((m, n), axis=-1),
            np.stack((m, n), axis=2), np.vstack((m, n)), np.hstack((m, n)), np.column_stack((m, n)), np.dstack((m, n)))


@njit
def joins_mixed(v, m):
    return np.vstack((m, v)), np.column_stack((v, m.T))


@njit
def concatenate_mismatch(m, n):
    return np.concatenate((m, n))


@njit
def stack_mismatch(a, b):
    return np.stack((a, b))


@njit
def repeats(a, n):
    return np.repeat(a, n), a.repeat(2)


@njit
def rolls(a, s):
    return np.roll(a, s), np.roll(a, -s), np.roll(a, 0)


@njit
def flips(m):
    return np.flip(m), np.fliplr(m), np.flipud(m), np.flip(m[0])


@njit
def fills(m, v):
    m.fill(v)
    r = m[1]
    r.fill(7)
    return m


@njit
def shape_queries(m, x):
    s = np.shape(m)
    st = m.strides
    return (s[0], s[1], len(np.shape(x)), np.size(m), np.ndim(m), np.size(x), np.ndim(x), m.itemsize, m.nbytes,
            st[0], st[1], m.T.strides[0], m[1:].strides[0])


@njit
def view_strides(m, c):
    # strided views (layout A) of a C and an F array: their own strides in bytes, as NumPy; c is a complex array
    # (a.real: doubled strides)
    v = m[::2, 1:]
    f = np.asfortranarray(m)
    w = f[::2, 1:]
    return (v.strides + m[::-1, ::3].strides + m[1, ::2].strides + m[:, 1].strides + v.T.strides + m[::2].T[1:].strides
            + c.real.strides + c[::3].imag.strides + np.lib.stride_tricks.as_strided(m, shape=(2, 2), strides=(0, 8)).strides
            + w.strides + f[1, ::2].strides + f[:, 1].strides + w.T.strides)


@njit
def cumulative_nd(m):
    return np.cumsum(m), m.cumsum(), np.cumprod(m[:2]), np.median(m), np.ptp(m), m.var(), m.std()


@njit
def transpose_axes_wrong(t):
    return np.transpose(t, (0, 1))


@njit
def moved(t):
    return np.moveaxis(t, 0, -1), np.moveaxis(t, 2, 0), np.moveaxis(t, -2, 2), np.moveaxis(t, 1, 1)


@njit
def new_axis_store(m, v):
    m[:, None, :][1] = v
    w = m[None]
    w[0, 0, 0] = 99
    return m


@njit
def ellipses(t):
    return t[..., 0], t[0, ...], t[..., 1:3], t[1, ..., 2], t[..., None], t[None, ..., 0], t[...] * 2


@njit
def ellipsis_store(t, v):
    t[..., 0] = v
    t[1, ...] = -1.0
    return t


@njit
def two_ellipses(t):
    return t[..., 0, ...]


@njit
def list_literals(x):
    return np.array([1.0, 2.0, x]), np.array([[1, 2], [3, 4]]), np.asarray([x, x]), np.concatenate([np.ones(2), np.zeros(1)])


@njit
def fortran_copy(a):
    f = np.asfortranarray(a)
    f[0] = 100
    return f, a


@njit
def fortran_of_transpose(a):
    f = np.asfortranarray(a.T)
    f[0, 0] = 100
    return f, a


@njit
def fortran_of_view(a):
    f = np.asfortranarray(a[::2, 1:])
    return f, f.T.copy()


@njit
def strided_windows(a, w):
    n = a.shape[0] - w + 1
    s = a.strides[0]
    return np.lib.stride_tricks.as_strided(a, shape=(n, w), strides=(s, s))


@njit
def strided_window_sums(a, w):
    n = a.shape[0] - w + 1
    win = np.lib.stride_tricks.as_strided(a, (n, w), (a.itemsize, a.itemsize))
    out = np.zeros(n)
    for i in range(n):
        out[i] = win[i].sum()
    return out


@njit
def strided_broadcast_row(a, rows):
    return np.lib.stride_tricks.as_strided(a, shape=(rows, a.shape[0]), strides=(0, a.itemsize))


@njit
def strided_transposed(m):
    s0, s1 = m.strides
    t = np.lib.stride_tricks.as_strided(m, shape=(m.shape[1], m.shape[0]), strides=(s1, s0))
    t[0, 1] = -1
    return t, m

