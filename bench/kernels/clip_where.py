"""Clamps x into [lo, hi] with a conditional expression, the loop form of np.where.

Each element picks one of three values depending on its own data.
"""
from numba import njit


@njit
def clip_where(x, lo, hi, out):
    for i in range(x.shape[0]):
        xi = x[i]
        out[i] = lo if xi < lo else (hi if xi > hi else xi)
