"""Estimates pi from hits.shape[0] random points of the unit square (np.random, NumPy's legacy stream).

The kernel seeds the generator itself, so Numba, Jumba and NumPy draw the same points and the same estimate;
hits records each point's verdict (1 inside the quarter disc, else 0).
"""
import numpy as np
from numba import njit


@njit
def monte_carlo_pi(seed, hits):
    np.random.seed(seed)
    n = hits.shape[0]
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        h = 1 if x * x + y * y <= 1.0 else 0
        hits[i] = h
        inside += h
    return 4.0 * inside / n
