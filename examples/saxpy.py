from numba import njit


@njit
def saxpy(alpha, x, y, out):
    """out = alpha * x + y, elementwise."""
    for i in range(x.shape[0]):
        out[i] = alpha * x[i] + y[i]
