import numpy as np
from numba import njit


# Eigenvectors and singular vectors are unique only up to sign (and the order of eig's eigenvalues is LAPACK's
# own): the kernels normalize both, so NumPy and Jumba can be compared.

@njit
def column_signs(v):
    # each column flipped so that its element of largest magnitude is positive
    out = v.copy()
    for j in range(v.shape[1]):
        k = np.argmax(np.abs(v[:, j]))
        if v[k, j] < 0:
            out[:, j] = -v[:, j]
    return out


@njit
def in_order(w, v, order):
    ws = np.empty_like(w)
    vs = np.empty_like(v)
    for j in range(order.shape[0]):
        ws[j] = w[order[j]]
        vs[:, j] = v[:, order[j]]
    return ws, vs


@njit
def products(v, w, m, n):
    return np.dot(v, w), m @ w, np.dot(w, n), w @ n, m @ n, v.dot(w)


@njit
def small_products(v, w, m):
    return np.vdot(v, w), np.outer(v, w), np.outer(m, v), np.trace(m), np.trace(m, 1), np.trace(m, offset=-2)


@njit
def kron_products(v, w, m, n):
    return np.kron(v, w), np.kron(m, n), np.kron(v, m), np.kron(m, w)


@njit
def vector_norms(x):
    return (np.linalg.norm(x), np.linalg.norm(x, 1), np.linalg.norm(x, np.inf), np.linalg.norm(x, -np.inf),
            np.linalg.norm(x, 0), np.linalg.norm(x, 3), np.linalg.norm(x, ord=2), np.linalg.norm(x, 0.5))


@njit
def matrix_norms(m):
    return (np.linalg.norm(m), np.linalg.norm(m, 'fro'), np.linalg.norm(m, 'nuc'), np.linalg.norm(m, 1),
            np.linalg.norm(m, -1), np.linalg.norm(m, np.inf), np.linalg.norm(m, -np.inf), np.linalg.norm(m, 2),
            np.linalg.norm(m, -2))


@njit
def axis_norms(m):
    return (np.linalg.norm(m, axis=0), np.linalg.norm(m, axis=1), np.linalg.norm(m, 1, axis=0),
            np.linalg.norm(m, np.inf, axis=1), np.linalg.norm(m, 3, axis=-1), np.linalg.norm(m, 0, 0))


@njit
def determinants(a):
    sign, logdet = np.linalg.slogdet(a)
    return np.linalg.det(a), sign, logdet


@njit
def inverse(a):
    return np.linalg.inv(a)


@njit
def solves(a, b):
    return np.linalg.solve(a, b)


@njit
def cholesky(a):
    return np.linalg.cholesky(a)


@njit
def symmetric_eigen(a):
    w, v = np.linalg.eigh(a)
    return w, column_signs(v), np.linalg.eigvalsh(a)


@njit
def general_eigen(a):
    w, v = np.linalg.eig(a)
    ws, vs = in_order(w, v, np.argsort(w))
    return ws, column_signs(vs), np.sort(np.linalg.eigvals(a))


@njit
def column_phases(v):
    # each column turned so that its element of largest modulus is real and positive (zgeev makes it real; the
    # phase of a complex eigenvector is otherwise free)
    out = v.copy()
    for j in range(v.shape[1]):
        k = np.argmax(np.abs(v[:, j]))
        out[:, j] = v[:, j] * (abs(v[k, j]) / v[k, j])
    return out


@njit
def complex_eigen(a):
    w, v = np.linalg.eig(a)
    # sorted by real part, then imaginary part, the real parts rounded: conjugate pairs (of a real matrix given as
    # complex) have real parts equal up to rounding noise
    by_imag = np.argsort(w.imag, kind='stable')
    order = by_imag[np.argsort(np.round(w.real[by_imag], 6), kind='stable')]
    ws, vs = in_order(w, v, order)
    # the residual of every eigenpair, and each vector's length (1, as zgeev normalizes them)
    residual = np.abs(a @ vs - vs * ws).max() / max(np.abs(a).max(), 1.0)
    lengths = np.sqrt((np.abs(vs) ** 2).sum(axis=0))
    values = np.linalg.eigvals(a)
    return ws, column_phases(vs), values[order], residual < 1e-4, lengths


@njit
def qr(a):
    q, r = np.linalg.qr(a)
    # R's diagonal made non-negative (Householder signs are a convention)
    for i in range(r.shape[0]):
        if r[i, i] < 0:
            r[i, :] = -r[i, :]
            q[:, i] = -q[:, i]
    return q, r


@njit
def svd(a):
    u, s, vh = np.linalg.svd(a)
    k = s.shape[0]
    # Only the first k columns of u (rows of vh) are determined: the rest span null spaces; they must be
    # orthonormal, so u.T @ u and vh @ vh.T are identities.
    uk = u[:, :k].copy()
    vk = vh[:k, :].copy()
    for i in range(k):
        j = np.argmax(np.abs(uk[:, i]))
        if uk[j, i] < 0:
            uk[:, i] = -uk[:, i]
            vk[i, :] = -vk[i, :]
    ur, sr, vhr = np.linalg.svd(a, False)
    return uk, s, vk, u.T @ u, vh @ vh.T, np.linalg.svd(a, compute_uv=False), ur.shape[1], vhr.shape[0], sr


@njit
def least_squares(a, b):
    x, residuals, rank, s = np.linalg.lstsq(a, b)
    return x, residuals, rank, s


@njit
def least_squares_rcond(a, b, rcond):
    x, residuals, rank, s = np.linalg.lstsq(a, b, rcond)
    return x, residuals, rank


@njit
def pseudo_inverse(a):
    return np.linalg.pinv(a), np.linalg.pinv(a, 1e-3)


@njit
def ranks(a):
    return np.linalg.matrix_rank(a), np.linalg.matrix_rank(a, 1e-3)


@njit
def powers(a, n):
    return np.linalg.matrix_power(a, n)


@njit
def conditions(a):
    return (np.linalg.cond(a), np.linalg.cond(a, 2), np.linalg.cond(a, -2), np.linalg.cond(a, 'fro'),
            np.linalg.cond(a, 1), np.linalg.cond(a, -np.inf))


@njit
def condition_of_any_shape(a):
    return np.linalg.cond(a)


@njit
def polynomial_roots(p):
    # real roots only (Numba's roots stays in p's float type); eigvals' order is LAPACK's own, so compared sorted
    return np.sort(np.roots(p))
