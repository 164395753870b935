import numpy as np
from numba import njit


@njit
def ndindex_of_shape(a):
    out = np.zeros_like(a)
    for idx in np.ndindex(a.shape):
        out[idx] = a[idx] * 2 + idx[-1]
    return out


@njit
def ndindex_of_ints(n, m):
    out = np.zeros((n, m))
    count = 0
    for i, j in np.ndindex(n, m):
        out[i, j] = i * 10 + j
        count += 1
    return out, count


@njit
def ndindex_of_tuple(n, m):
    total = 0
    for idx in np.ndindex((n, 2, m)):
        total += idx[0] * 100 + idx[1] * 10 + idx[2]
    return total, idx[0], idx[1], idx[2]


@njit
def ndindex_zero_d():
    count = 0
    for idx in np.ndindex():
        count += 1 + len(idx)
    for idx in np.ndindex(()):
        count += 10
    return count


@njit
def ndindex_first_above(a, limit):
    found = -1
    for i, j, k in np.ndindex(a.shape):
        if a[i, j, k] > limit:
            found = (i * a.shape[1] + j) * a.shape[2] + k
            break
    return found, i, j, k


@njit
def ndenumerate_weighted(a):
    s = 0.0
    for (i, j), v in np.ndenumerate(a):
        s += v * (i + 1) - j
    return s


@njit
def ndenumerate_any_rank(a):
    out = np.empty_like(a)
    for idx, v in np.ndenumerate(a):
        out[idx] = v * 2 + len(idx)
    return out


@njit
def ndenumerate_view(a):
    b = a[::2, 1:]
    out = np.zeros(b.shape, np.int64)
    for (i, j), v in np.ndenumerate(b):
        out[i, j] = v - i
    return out


@njit
def ndenumerate_skipping(a):
    s = 0.0
    for (i, j, k), v in np.ndenumerate(a):
        if k == 1:
            continue
        if i == 1 and j == 1:
            break
        s += v
    return s, i, j, k


@njit
def flat_sum(a):
    s = 0.0
    k = 0
    for x in a.flat:
        s += x * (k % 3 + 1)
        k += 1
    return s, k


@njit
def flat_copy(a):
    out = np.empty(a.size, a.dtype)
    k = 0
    for x in a.flat:
        out[k] = x
        k += 1
    return out


@njit
def flat_get(a, i):
    return a.flat[i]


@njit
def flat_set(a, i, v):
    a.flat[i] = v
    a.flat[0] += 1
    return a


@njit
def flat_positions(a):
    out = np.zeros(a.size)
    for k in range(a.size):
        out[k] = a.flat[k] - a.flat[-1 - k]
    return out


@njit
def nditer_sum(a):
    s = 0.0
    for x in np.nditer(a):
        s += x.item() * 2 + x[()]
    return s


@njit
def nditer_copy(a):
    out = np.empty(a.size)
    k = 0
    for x in np.nditer(a):
        out[k] = x.item()
        k += 1
    return out


@njit
def item_of(a):
    return a.item()


@njit
def item_of_view(a):
    return a[1:2, 2:3].item() + a[0, :1].item()
