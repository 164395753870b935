"""The last of Numba 0.56's NumPy list: np.cross, numba.np.extensions.cross2d, np.kaiser, np.asfarray (NumPy 1.x;
generate.py supplies its definition on NumPy 2), np.dtype(...) as a dtype, the method a.clip(), a.view(dtype) and
a.flags."""
import numpy as np
from numba import njit
from numba.np.extensions import cross2d


@njit
def crossed(a, b):
    return np.cross(a, b)


@njit
def crossed_with_tuples(a):
    return np.cross(a, (1.5, -2.0, 0.5)), np.cross((0, 0, 1), a)


@njit
def crossed_2d(a, b):
    return cross2d(a, b)


@njit
def crossed_bools(a):
    return np.cross(a, a)


@njit
def kaiser_window(m, beta):
    return np.kaiser(m, beta)


@njit
def kaiser_bool_beta(m):
    return np.kaiser(m, True)


@njit
def as_floats(a):
    return np.asfarray(a), np.asfarray(a, np.float32), np.asfarray(a, dtype=np.int32), np.asfarray(a, np.complex64)


@njit
def as_floats_in_place(a):
    # a float64 array is returned as it is: a write through the result changes a
    b = np.asfarray(a)
    b[0] = 99.0
    return b


@njit
def as_floats_of_complex(z):
    return np.asfarray(z, np.complex128), np.asfarray(z)


@njit
def dtype_objects(n):
    return (np.zeros(n, np.dtype('float32')), np.ones(n, dtype=np.dtype(np.int32)),
            np.arange(n).astype(np.dtype('uint8')), np.full(n, 2, np.dtype(np.complex64)), np.empty(0, np.dtype('f8')))


@njit
def clipped_method(a, hi):
    return a.clip(-1, 2), a.clip(a[0], hi), a.clip(np.zeros_like(a), hi)


@njit
def viewed_unsigned(a):
    u = a.view(np.uint64)
    return u, u // np.uint64(3), a.view(np.int64)


@njit
def viewed_writes_through(a):
    u = a.view(np.uint8)
    u[0] = 255
    u[1:3] += 200
    return a


@njit
def viewed_strided(m):
    v = m[:, ::3].view(np.uint32)
    v[0, 0] = 4000000000
    return v, m


@njit
def viewed_float_as_int(a):
    return a.view(np.int64)


@njit
def contiguity(m):
    s = m[:, ::2]
    t = m.T
    r = m[1]
    c = m[:1].T
    e = m[:0]
    return (m.flags.c_contiguous, m.flags.f_contiguous, m.flags.contiguous, s.flags.c_contiguous,
            s.flags.f_contiguous, t.flags.c_contiguous, t.flags.f_contiguous, t.flags.contiguous, r.flags.c_contiguous,
            r.flags.f_contiguous, c.flags.c_contiguous, c.flags.f_contiguous, e.flags.f_contiguous,
            m[::2].flags.contiguous, r[::2].flags.f_contiguous)


@njit
def contiguity_unknown_flag(m):
    return m.flags.writeable
