from numba import njit


@njit
def jacobi_step(u, out):
    """One Jacobi relaxation step of the 2-d Laplace equation on the interior points."""
    n = u.shape[0]
    m = u.shape[1]
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
