# Kernels the AOT cache training run (AotTraining) compiles and calls through `jumba call`, so that the classes
# every common kernel shape needs are in bin/jumba's AOT cache: scalar loops, SIMD maps and reductions, 2-D loops,
# float32, whole-array expressions, array creation, prange, tuples, ufuncs, a kernel error, and a cache=True kernel
# (called twice: compiled and stored, then found in JUMBA_CACHE_DIR).
import math

import numpy as np
from numba import njit, prange, vectorize, guvectorize


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def extremes(a):
    lo = a[0]
    hi = a[0]
    for i in range(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit
def int_sum(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i] * 3 + 1
    return s


@njit
def smooth_map(a):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = math.exp(-a[i] * a[i]) + np.sqrt(np.abs(a[i])) * np.sin(a[i])
    return out


@njit
def clip_where(a, lo, hi):
    return np.where(a < lo, lo, np.where(a > hi, hi, a))


@njit
def f32_dot(a, b):
    s = np.float32(0.0)
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def f32_scale(a):
    return a * np.float32(2.5) + np.float32(1.0)


@njit
def row_sums(m):
    out = np.zeros(m.shape[0])
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out[i] += m[i, j]
    return out


@njit
def matmul(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@njit(parallel=True)
def parallel_norm(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * a[i]
    return np.sqrt(s)


@njit
def whole_array(a):
    b = np.arange(a.shape[0]) * 0.5
    return np.sum(a * b - a), np.max(a), np.argmin(a)


@njit(cache=True)
def cached_axpy(a, x, y):
    return a * x + y


@njit
def out_of_bounds(a):
    return a[a.shape[0]]


@vectorize(["float64(float64, float64)", "float32(float32, float32)"])
def rel_diff(x, y):
    return abs(x - y) / (abs(x) + abs(y) + 1.0)


@guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
def gu_dot(a, b, res):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    res[0] = s
