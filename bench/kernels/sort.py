"""Sorts a copy of a with np.sort and writes it into out.

Numba's np.sort is an introsort (quicksort); Jumba's runs the JDK's sort and keeps equal values in order (kind='stable'),
so the two give the same array (equal values are indistinguishable) by different algorithms.
"""
import numpy as np
from numba import njit


@njit
def sort_copy(a, out):
    out[:] = np.sort(a)
