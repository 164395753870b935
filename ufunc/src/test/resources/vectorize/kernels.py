import math
from numba import vectorize, guvectorize


@vectorize(["float64(float64, float64)", "float32(float32, float32)"])
def rel_diff(x, y):
    return 2 * (x - y) / (x + y)


@vectorize(["int64(int64, int64)", "float64(float64, float64)"])
def clipped_sum(a, b):
    s = a + b
    if s > 100:
        return 100
    return s


@vectorize(["float64(float64)"])
def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


@guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
def dot(a, b, res):
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i] * b[i]
    res[0] = acc


@guvectorize(["void(float64[:], float64, float64[:])", "void(int64[:], int64, int64[:])"], "(n),()->(n)")
def scaled_cumsum(a, k, out):
    acc = a[0] - a[0]
    for i in range(a.shape[0]):
        acc += a[i] * k
        out[i] = acc


@vectorize(["float64(float64, float64)", "int64(int64, int64)"])
def ratio(a, b):
    return a / b


@guvectorize(["void(int64[:], int64[:], int64[:])"], "(n),(n)->()")
def first_quotient(a, b, res):
    res[0] = a[0] // b[0]
