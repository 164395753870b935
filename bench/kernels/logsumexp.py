"""log(sum(exp(row))) of each row of X, written with NumPy calls on row views
(max, exp of an array expression, sum) rather than explicit inner loops."""
import numpy as np
from numba import njit


@njit
def logsumexp_rows(X, out):
    for i in range(X.shape[0]):
        row = X[i]
        top = row.max()
        out[i] = top + np.log(np.sum(np.exp(row - top)))
