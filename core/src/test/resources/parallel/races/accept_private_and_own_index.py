# args: float64[:]; float64[:]; float64[:, :]
from numba import njit, prange


@njit(parallel=True)
def k(a, out, grid):
    for i in prange(a.shape[0]):
        t = a[i] * 2.0
        out[i] = t + a[i]
        acc = 0.0
        for j in range(grid.shape[1]):
            acc += grid[i, j]
        row = grid[i]
        for j in range(row.shape[0]):
            row[j] = acc
