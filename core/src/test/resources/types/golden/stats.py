# entry: stats(float32[:, ::1], int64)
import math
import numpy as np
from numba import njit

EPS = 1e-6
SCALE = 2.0 * math.pi


def clamp(v, lo=0.0, hi=1.0):
    return min(max(v, lo), hi)


@njit
def stats(m, k):
    rows, cols = m.shape
    total = 0.0
    count = 0
    for i in range(rows):
        for j in range(cols - 1, -1, -1):
            v = m[i, j]
            if v != v:
                continue
            total += clamp(v * SCALE)
            count += 1
    mean = total / count if count else 0.0
    centered = (m - mean) * (1.0 / (k + EPS))
    return mean, np.sum(centered * centered), centered[0, 1:]
