"""Softmax of each row of X with explicit loops: row maximum, exponentials and
their sum, then a scaling pass (subtracting the maximum keeps exp in range)."""
import math
from numba import njit


@njit
def softmax_rows(X, out):
    rows, cols = X.shape
    for i in range(rows):
        top = X[i, 0]
        for j in range(1, cols):
            if X[i, j] > top:
                top = X[i, j]
        total = 0.0
        for j in range(cols):
            e = math.exp(X[i, j] - top)
            out[i, j] = e
            total += e
        scale = 1.0 / total
        for j in range(cols):
            out[i, j] *= scale
