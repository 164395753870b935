"""Counts the samples of x into len(counts) equal bins over [lo, hi] with np.histogram.

Unlike histogram.py's hand-written loop, NumPy's function counts hi into the last bin and corrects each sample's
bin against the edges np.linspace computes, so values on an edge land where NumPy puts them.
"""
import numpy as np
from numba import njit


@njit
def np_histogram(x, lo, hi, counts):
    counts[:] = np.histogram(x, counts.shape[0], (lo, hi))[0]
