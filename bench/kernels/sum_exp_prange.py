"""Sum of exp(x) as a parallel reduction: prange under @njit(parallel=True), compute-bound (one exp per element)."""
import math
from numba import njit, prange


@njit(parallel=True)
def sum_exp(a):
    acc = 0.0
    for i in prange(a.shape[0]):
        acc += math.exp(a[i])
    return acc
