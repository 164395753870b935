"""Counts the samples of x in [lo, hi) into len(counts) bins of equal width.

Every in-range sample increments one bin chosen by its value (a scatter); counts
is cleared first with a slice assignment.
"""
from numba import njit


@njit
def histogram(x, lo, hi, counts):
    nbins = counts.shape[0]
    counts[:] = 0
    per_unit = nbins / (hi - lo)
    for i in range(x.shape[0]):
        xi = x[i]
        if xi >= lo and xi < hi:
            b = min(int((xi - lo) * per_unit), nbins - 1)
            counts[b] += 1
