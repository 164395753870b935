"""np.exp applied element by element in an explicit loop, into an output array."""
import numpy as np
from numba import njit


@njit
def exp_map(x, out):
    for i in range(x.shape[0]):
        out[i] = np.exp(x[i])
