# args: float64[:, :]; float64[:]
from numba import njit, prange


@njit(parallel=True)
def k(m, total):
    s = 0.0
    for i in prange(m.shape[0]):
        for j in prange(m.shape[1]):
            m[i, j] = m[i, j] * 2.0
            s += m[i, j]
    total[0] = s
