"""Two transcendental calls per element: out = log(x) + sin(x), for x > 0."""
import math
from numba import njit


@njit
def log_sin_map(x, out):
    for i in range(x.shape[0]):
        xi = x[i]
        out[i] = math.log(xi) + math.sin(xi)
