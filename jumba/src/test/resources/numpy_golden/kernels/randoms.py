"""np.random (NumPy's legacy RandomState stream) and Python's random module inside kernels: each kernel seeds the
generator first, so it draws what NumPy and CPython draw after the same seed."""
import random

import numpy as np
from numba import njit


@njit
def uniforms(seed, n):
    np.random.seed(seed)
    a = np.random.random()
    b = np.random.random(n)
    c = np.random.rand(3, 4)
    d = np.random.uniform(-2.0, 5.0, (2, n))
    e = np.random.random_sample(size=5)
    f = np.random.rand()
    g = np.random.uniform(high=3)
    return a, b, c, d, e, f, g


@njit
def normals(seed, n):
    # Odd counts between calls: the cached second value of each gauss pair carries over, as in NumPy.
    np.random.seed(seed)
    a = np.random.randn()
    b = np.random.randn(n)
    c = np.random.standard_normal(3)
    d = np.random.normal(1.5, 2.0, n)
    e = np.random.normal(size=(3, 2))
    f = np.random.standard_normal()
    g = np.random.normal(-1.0, 0.5)
    return a, b, c, d, e, f, g


@njit
def integers(seed, n):
    np.random.seed(seed)
    a = np.random.randint(10)
    b = np.random.randint(-5, 5, n)
    c = np.random.randint(0, 2 ** 40, n)
    d = np.random.randint(3, 4)
    e = np.random.randint(0, 2 ** 32, 4)
    f = np.random.randint(-(2 ** 62), 2 ** 62, (2, 3))
    g = np.random.randint(7, size=5)
    return a, b, c, d, e, f, g


@njit
def exponentials_and_gammas(seed, n):
    np.random.seed(seed)
    a = np.random.exponential()
    b = np.random.exponential(2.0, n)
    c = np.random.standard_exponential(n)
    d = np.random.standard_gamma(0.5, n)
    e = np.random.standard_gamma(1.0, 3)
    f = np.random.gamma(3.0, 2.0, n)
    g = np.random.gamma(0.0)
    h = np.random.gamma(7.5)
    return a, b, c, d, e, f, g, h


@njit
def betas(seed, n):
    np.random.seed(seed)
    return np.random.beta(0.5, 0.7, n), np.random.beta(2.0, 3.0, n), np.random.beta(0.3, 4.0)


@njit
def counts(seed, n):
    # Poisson by multiplication (lam < 10) and PTRS; binomial by inversion and BTPE, each for p above 0.5 too.
    np.random.seed(seed)
    a = np.random.poisson(3.0, n)
    b = np.random.poisson(25.0, n)
    c = np.random.poisson(0.0)
    d = np.random.poisson()
    e = np.random.binomial(10, 0.3, n)
    f = np.random.binomial(100, 0.4, n)
    g = np.random.binomial(1000, 0.9, n)
    h = np.random.binomial(20, 0.8, n)
    k = np.random.binomial(5000, 0.5)
    m = np.random.poisson(1000.0, (2, 2))
    return a, b, c, d, e, f, g, h, k, m


@njit
def permutations(seed, x):
    np.random.seed(seed)
    np.random.shuffle(x)
    a = np.random.permutation(10)
    b = np.random.permutation(x)
    c = np.random.choice(10)
    d = np.random.choice(10, 6)
    e = np.random.choice(10, 6, replace=False)
    f = np.random.choice(x, 4)
    g = np.random.choice(x, 3, False)
    h = np.random.choice(x)
    k = np.random.choice(7, replace=False)
    return a, b, c, d, e, f, g, h, k


@njit
def monte_carlo_pi(seed, n):
    np.random.seed(seed)
    inside = 0
    for i in range(n):
        x = np.random.random()
        y = np.random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


@njit
def draw_once_in_an_array_expression(seed, a):
    # A scalar draw in a whole-array expression is one value, as in NumPy.
    np.random.seed(seed)
    return a + np.random.random()


@njit
def bad_scale(scale):
    return np.random.normal(0.0, scale)


@njit
def bad_bounds(low, high):
    return np.random.randint(low, high)


@njit
def bad_seed(seed):
    np.random.seed(seed)


@njit
def bad_p(p):
    return np.random.binomial(10, p)


@njit
def bad_lam(lam):
    return np.random.poisson(lam, 3)


@njit
def too_many(n):
    return np.random.choice(n, n + 1, replace=False)


@njit
def python_module(seed, n):
    random.seed(seed)
    a = np.empty(n)
    for i in range(n):
        a[i] = random.random()
    b = np.empty(n)
    for i in range(n):
        b[i] = random.gauss(1.0, 2.0)
    c = np.empty(n, np.int64)
    for i in range(n):
        c[i] = random.randint(-3, 1000)
    d = np.empty(n, np.int64)
    for i in range(n):
        d[i] = random.randrange(5, 2 ** 40, 7)
    e = random.uniform(2.0, -1.0)
    f = random.normalvariate(0.5, 3.0)
    g = random.expovariate(1.5)
    h = random.randrange(3)
    k = random.randrange(10, -10, -3)
    m = random.normalvariate()
    return a, b, c, d, e, f, g, h, k, m


@njit
def python_shuffle(seed, x):
    random.seed(seed)
    random.shuffle(x)
    return random.random()


@njit
def python_empty_range(a, b):
    return random.randrange(a, b)


@njit
def python_zero_step(a):
    return random.randrange(0, a, 0)


@njit
def repeated_draws(seed):
    # Two draws of one expression are two numbers: never shared as a common subexpression.
    np.random.seed(seed)
    return np.sin(np.random.random()) - np.sin(np.random.random()), np.random.random() + 0.0 == np.random.random()
