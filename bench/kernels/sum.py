"""Adds up a float64 vector one element after the other.

Numba without fastmath keeps Python's left-to-right order of additions, so LLVM
leaves this loop scalar; a compiler that vectorizes it has to reassociate.
"""
from numba import njit


@njit
def sum_loop(a):
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i]
    return total
