"""np.random.dirichlet and np.random.multinomial inside kernels: NumPy's legacy RandomState streams after
np.random.seed(s)."""
import numpy as np
from numba import njit


@njit
def dirichlets(seed, alpha, n):
    np.random.seed(seed)
    a = np.random.dirichlet(alpha)
    b = np.random.dirichlet(alpha, n)
    c = np.random.normal()
    d = np.random.dirichlet(alpha, size=3)
    return a, b, c, d


@njit
def multinomials(seed, trials, pvals, n):
    np.random.seed(seed)
    a = np.random.multinomial(trials, pvals)
    b = np.random.multinomial(trials, pvals, n)
    c = np.random.random()
    d = np.random.multinomial(trials, pvals, size=2)
    return a, b, c, d


@njit
def bad_alpha(alpha):
    return np.random.dirichlet(alpha)


@njit
def bad_pvals(trials, pvals):
    return np.random.multinomial(trials, pvals)


@njit
def in_one_tuple(seed, alpha, pvals):
    # drawn left to right, as Python evaluates a tuple
    np.random.seed(seed)
    return np.random.multinomial(9, pvals, 2), np.random.dirichlet(alpha), np.random.multinomial(9, pvals)
