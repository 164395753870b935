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


@njit
def shaped_vectors(seed, alpha, pvals):
    # size as a tuple: a result of shape size + (k,)
    np.random.seed(seed)
    return (np.random.dirichlet(alpha, (2, 3)), np.random.multinomial(7, pvals, size=(3, 1, 2)),
            np.random.dirichlet(alpha, (4,)), np.random.multinomial(5, pvals, (0, 2)))


@njit
def weighted_choices(seed, x, p):
    # choice with p=: NumPy's legacy cumulative-sum lookup (replace=True) and its draw-until-distinct loop (replace=False)
    np.random.seed(seed)
    a = np.random.choice(x, 12, p=p)
    b = np.random.choice(x.shape[0], (3, 4), True, p)
    c = np.random.choice(x, 4, replace=False, p=p)
    d = np.random.choice(x.shape[0], (2, 2), replace=False, p=p)
    e = np.random.choice(x, p=p)
    f = np.random.choice(x.shape[0], replace=False, p=p)
    g = np.random.choice(x, (2, 3))
    h = np.random.choice(9, (2, 2), replace=False)
    return a, b, c, d, e, f, g, h


@njit
def bad_choice_p(x, p, size, replace):
    return np.random.choice(x, size, replace, p)
