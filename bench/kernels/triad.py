"""The STREAM triad, out = a + scalar * b: three arrays streamed once, no reuse."""
from numba import njit


@njit
def triad(a, b, scalar, out):
    for i in range(out.shape[0]):
        out[i] = a[i] + scalar * b[i]
