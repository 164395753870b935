"""Euclidean distance between every pair of rows of P (n points in d dimensions)."""
import math
from numba import njit


@njit
def pairwise_dist(P, out):
    n, d = P.shape
    for i in range(n):
        for j in range(n):
            acc = 0.0
            for k in range(d):
                diff = P[i, k] - P[j, k]
                acc += diff * diff
            out[i, j] = math.sqrt(acc)
