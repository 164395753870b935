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


@njit
def gamma_family(seed, n):
    # chisquare, f, noncentral chisquare (both branches: df > 1, and df <= 1 through a Poisson draw) and F,
    # standard_t, standard_cauchy: NumPy's legacy gamma and gauss underneath, in NumPy's order of draws.
    np.random.seed(seed)
    a = np.random.chisquare(3.0, n)
    b = np.random.f(5.0, 2.0, n)
    c = np.random.noncentral_chisquare(3.0, 2.0, n)
    d = np.random.noncentral_chisquare(0.5, 1.5, n)
    e = np.random.noncentral_chisquare(2.0, 0.0)
    g = np.random.noncentral_f(4.0, 6.0, 1.0, n)
    h = np.random.standard_t(4.5, n)
    k = np.random.standard_cauchy(n)
    m = np.random.standard_cauchy()
    return a, b, c, d, e, g, h, k, m


@njit
def exponential_family(seed, n):
    np.random.seed(seed)
    a = np.random.lognormal(0.5, 0.25, n)
    b = np.random.lognormal(size=3)
    c = np.random.pareto(3.0, n)
    d = np.random.weibull(1.5, n)
    e = np.random.weibull(0.0)
    g = np.random.power(2.0, n)
    h = np.random.wald(1.0, 2.0, n)
    return a, b, c, d, e, g, h


@njit
def uniform_family(seed, n):
    # vonmises: the general path, the Taylor path (kappa < 1e-5) and the uniform one (kappa < 1e-8).
    np.random.seed(seed)
    a = np.random.laplace(1.0, 2.0, n)
    b = np.random.gumbel(0.5, 2.0, n)
    c = np.random.logistic(-1.0, 0.5, n)
    d = np.random.rayleigh(2.0, n)
    e = np.random.triangular(-1.0, 0.5, 3.0, n)
    g = np.random.vonmises(0.5, 4.0, n)
    h = np.random.vonmises(3.0, 1e-6, 3)
    k = np.random.vonmises(-1.0, 0.0, 3)
    m = np.random.laplace()
    return a, b, c, d, e, g, h, k, m


@njit
def discrete_family(seed, n):
    # geometric by search (p >= 1/3) and by inversion; hypergeometric by HYP (nsample <= 10) and HRUA, also with
    # nsample above half the population.
    np.random.seed(seed)
    a = np.random.geometric(0.5, n)
    b = np.random.geometric(0.1, n)
    c = np.random.zipf(2.5, n)
    d = np.random.logseries(0.6, n)
    e = np.random.logseries(0.99, n)
    g = np.random.negative_binomial(5.0, 0.4, n)
    h = np.random.hypergeometric(20, 15, 8, n)
    k = np.random.hypergeometric(100, 200, 50, n)
    m = np.random.hypergeometric(300, 20, 280, n)
    q = np.random.geometric(1.0)
    return a, b, c, d, e, g, h, k, m, q


@njit
def bad_df(df):
    return np.random.chisquare(df)


@njit
def bad_laplace_scale(scale):
    return np.random.laplace(0.0, scale, 3)


@njit
def bad_geometric(p):
    return np.random.geometric(p)


@njit
def bad_zipf(a):
    return np.random.zipf(a)


@njit
def bad_logseries(p):
    return np.random.logseries(p)


@njit
def bad_triangular(left, mode, right):
    return np.random.triangular(left, mode, right)


@njit
def bad_hypergeometric(good, bad, sample):
    return np.random.hypergeometric(good, bad, sample)


@njit
def python_variates(seed, n):
    random.seed(seed)
    out = np.empty((9, n))
    bits = np.empty(n, np.uint64)
    for i in range(n):
        out[0, i] = random.lognormvariate(0.5, 0.3)
        out[1, i] = random.paretovariate(2.5)
        out[2, i] = random.weibullvariate(1.5, 2.0)
        out[3, i] = random.triangular(-1.0, 3.0, 0.5)
        out[4, i] = random.triangular(2.0, 5.0)
        out[5, i] = random.vonmisesvariate(1.0, 3.0)
        out[6, i] = random.gammavariate(0.5, 2.0)
        out[7, i] = random.gammavariate(3.5, 1.5)
        out[8, i] = random.betavariate(2.0, 0.7)
        bits[i] = random.getrandbits(1 + i % 63)
    return (out, bits, random.gammavariate(1.0, 2.0), random.vonmisesvariate(0.5, 0.0), random.triangular(1.0, 1.0, 1.0),
            random.getrandbits(0))


@njit
def python_bad_gamma(alpha):
    return random.gammavariate(alpha, 1.0)


@njit
def python_bad_bits(k):
    return random.getrandbits(k)
