"""NumPy library functions in the forms Numba 0.56 compiles: convolve and correlate (two arguments), cov, corrcoef,
vander, sinc, ediff1d, fill_diagonal, np.random.multinomial, the methods a.ptp() and a.clip(), np.cross and
cross2d, np.kaiser, np.asfarray, a.flags and a.view(dtype)."""
import numpy as np
from numba import njit
from numba.np.extensions import cross2d


@njit
def convolve_correlate(a, v):
    return np.convolve(a, v), np.correlate(a, v), np.correlate(v, a)


@njit
def covariances(m):
    return np.cov(m), np.cov(m, rowvar=False), np.cov(m, bias=True), np.cov(m, ddof=2)


@njit
def covariance_with(m, y):
    return np.cov(m, y), np.corrcoef(m, y)


@njit
def correlations(m):
    return np.corrcoef(m), np.corrcoef(m, rowvar=False)


@njit
def vandermonde(x):
    return np.vander(x), np.vander(x, 3), np.vander(x, 4, True)


@njit
def sincs(x):
    return np.sinc(x), np.sinc(0.0), np.sinc(0.25)


@njit
def differences(a):
    return np.ediff1d(a), np.ediff1d(a, to_begin=np.array([1.0]), to_end=2.0)


@njit
def diagonal(m, v):
    np.fill_diagonal(m, v, True)
    return m


@njit
def multinomial_rows(seed, n):
    # small counts: Numba's binomial agrees with NumPy's by inversion (its BTPE draws its own stream)
    np.random.seed(seed)
    return np.random.multinomial(n, np.array([0.2, 0.3, 0.5]), 3), np.random.multinomial(n, np.array([0.5, 0.5]))


@njit
def ptp_and_clip_methods(a):
    return a.ptp(), a.clip(-1.0, 1.0)


@njit
def crosses(a, b):
    return np.cross(a, b)


@njit
def crosses_2d(a, b):
    return cross2d(a, b)


@njit
def kaiser_and_asfarray(m, beta, a):
    return np.kaiser(m, beta), np.asfarray(a), np.asfarray(a, np.float32)


@njit
def contiguity(m):
    s = m[:, ::2]
    t = m.T
    return (m.flags.c_contiguous, m.flags.f_contiguous, m.flags.contiguous, s.flags.c_contiguous,
            s.flags.f_contiguous, t.flags.c_contiguous, t.flags.f_contiguous, m[1:].flags.f_contiguous)


@njit
def unsigned_view(a):
    u = a.view(np.uint64)
    return u, u > np.uint64(5)


@njit
def eig_complex(a):
    # Invariants of the eigenpairs, whatever their order: the eigenvalues' sum and product, every residual
    # |A v - w v| small, every vector of unit length
    w, v = np.linalg.eig(a)
    r = 0.0
    lengths = 0.0
    for j in range(w.shape[0]):
        x = v[:, j].copy()
        r = max(r, np.abs(np.dot(a, x) - w[j] * x).max())
        lengths += np.sqrt((np.abs(x) ** 2).sum())
    ws = np.linalg.eigvals(a)
    return w.sum(), np.prod(w), r < 1e-4, lengths, ws.sum(), np.abs(ws).sum()


@njit
def eigvals_real(a):
    # a real matrix with complex eigenvalues: ValueError "eig() argument must not cause a domain change."
    return np.linalg.eigvals(a).sum()


@njit
def dtype_values(a, b, n):
    d = a.dtype
    e = np.dtype('int16')
    return np.zeros(n, dtype=d), a.astype(b.dtype), b.astype(d), np.arange(n, dtype=e), dtype_helper(b.dtype, n)


@njit
def dtype_helper(d, n):
    return np.ones(n, d)
