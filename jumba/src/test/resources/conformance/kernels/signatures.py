"""Signatures as Numba users write them: type objects, lists of them, abbreviated strings, array types with a layout
and void kernels that write into an output argument."""
import numba
import numpy as np
from numba import njit, vectorize, float64, int32, int64, void, types


@njit(float64(float64[:], int64))
def scaled_sum(a, k):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * k
    return s


@njit([int64(int64, int64), float64(float64, float64)])
def mul_add(a, b):
    return a * b + a


@njit([int32(int32[:], int64), float64(float64[:], int64)])
def nth_doubled(a, i):
    return a[i] * 2


@njit(types.float64(types.float64[:, ::1]))
def row_major_trace(m):
    s = 0.0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s


@njit(numba.types.float64(numba.types.float64[:, :]))
def any_layout_total(m):
    return m.sum()


@njit("f8(f8[:],i8)")
def abbreviated(a, k):
    return a[k] + a[0]


@njit("i8(i4[:])")
def abbreviated_int32(a):
    s = 0
    for v in a:
        s += v
    return s


@njit(void(float64[:], float64[:], float64))
def axpy_into(x, out, alpha):
    for i in range(x.shape[0]):
        out[i] = alpha * x[i] + out[i]


@njit("void(i8[:], i8)")
def fill_steps(out, step):
    for i in range(out.shape[0]):
        out[i] = i * step


@njit(int32(float64, float64))
def cast_on_return(x, y):
    return x * y


@njit(types.UniTuple(float64, 2)(int64, int64))
def pair_as_floats(a, b):
    return a // b, a % b


@vectorize([(int64, int64), (float64, float64)])
def scaled_plus_one(x, k):
    # a signature list of argument-type tuples: each loop's output type is inferred (ll->l, dd->d)
    return x * k + 1


@njit
def tuple_signature_ufunc(a, k):
    return scaled_plus_one(a, k), scaled_plus_one(a[0], k)
