"""Inner product of two vectors of the same length (multiply, then accumulate).

Run at float64 and at float32; with float32 inputs the accumulator stays float64,
because the literal 0.0 is a float64 under Numba's typing.
"""
from numba import njit


@njit
def dot(x, y):
    acc = 0.0
    for i in range(x.shape[0]):
        acc += x[i] * y[i]
    return acc
