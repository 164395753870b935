# args: float64[:, :]
from numba import njit, prange


@njit(parallel=True)
def k(grid):
    for i in prange(1, grid.shape[0]):
        for j in range(grid.shape[1]):
            grid[i, j] = grid[i - 1, j] * 0.5
