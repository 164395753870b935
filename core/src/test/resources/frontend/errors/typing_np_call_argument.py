# call: f(float64[3])
import numpy as np
from numba import njit


@njit
def f(a):
    return np.zeros(a[0])
