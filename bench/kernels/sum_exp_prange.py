"""Sum of exp(x) as a parallel reduction, compute-bound (one exp per element): a prange loop under
@njit(parallel=True) (sum_exp), and the whole-array form np.sum(np.exp(a)) that parallel=True splits across threads
without a prange (sum_exp_array)."""
import math
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def sum_exp(a):
    acc = 0.0
    for i in prange(a.shape[0]):
        acc += math.exp(a[i])
    return acc


@njit(parallel=True)
def sum_exp_array(a):
    return np.sum(np.exp(a))
