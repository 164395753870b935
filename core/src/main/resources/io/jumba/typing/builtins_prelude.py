"""Python built-ins and math functions that Jumba compiles from Python, as CPython computes them.

Callers check the arguments first (raising at the kernel line), so these assume valid inputs. The code avoids
built-in names (abs, min, ...) that a kernel module could redefine.
"""


def __jumba_gcd(a, b):
    a = a if a >= 0 else -a
    b = b if b >= 0 else -b
    while b != 0:
        a, b = b, a % b
    return a


def __jumba_lcm(a, b):
    if a == 0 or b == 0:
        return 0
    r = a // __jumba_gcd(a, b) * b
    return r if r >= 0 else -r


def __jumba_factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def __jumba_comb(n, k):
    if k > n:
        return 0
    if n - k < k:
        k = n - k
    # r = C(n - k + i, i) after step i, each no larger than the result: dividing i's common factor with r out of r
    # first keeps r * (n - k + i) / i exact without overflowing int64 whenever the result fits it.
    r = 1
    for i in range(1, k + 1):
        g = __jumba_gcd(r, i)
        r = r // g * ((n - k + i) // (i // g))
    return r


def __jumba_mulmod(x, y, m):
    # x, y in [0, m): (x * y) % m without overflowing int64, by doubling when the product could overflow.
    if x < 3037000499 and y < 3037000499:
        return x * y % m
    r = 0
    while y > 0:
        if y & 1:
            r = r - m + x if r >= m - x else r + x
        x = x - m + x if x >= m - x else x + x
        y >>= 1
    return r


def __jumba_powmod(a, b, m):
    # m > 0 here; the caller maps a negative modulus to Python's sign convention.
    r = 1 % m
    a = a % m
    while b > 0:
        if b & 1:
            r = __jumba_mulmod(r, a, m)
        a = __jumba_mulmod(a, a, m)
        b >>= 1
    return r


def __jumba_powmod_negative(a, b, m):
    # b < 0, m > 0: pow(a, b, m) as Python computes it, the inverse's power, or -1 when a has no inverse modulo m.
    inv = __jumba_invmod(a, m)
    if inv < 0:
        return -1
    return __jumba_mulmod(__jumba_powmod(inv, -(b + 1), m), inv, m)


def __jumba_invmod(a, m):
    # m > 0: the inverse of a modulo m (extended Euclid), or -1 when a is not invertible (the caller raises).
    a = a % m
    r0, r1 = m, a
    s0, s1 = 0, 1
    while r1 != 0:
        q = r0 // r1
        r0, r1 = r1, r0 - q * r1
        s0, s1 = s1, s0 - q * s1
    if r0 != 1:
        return 0 if m == 1 else -1
    return s0 % m


def __jumba_isclose(a, b, rel_tol, abs_tol):
    if a == b:
        return True
    if __jumba_math.isinf(a) or __jumba_math.isinf(b):
        return False
    diff = b - a if b >= a else a - b
    rb = rel_tol * b if b >= 0 else -(rel_tol * b)
    ra = rel_tol * a if a >= 0 else -(rel_tol * a)
    return diff <= rb or diff <= ra or diff <= abs_tol


def __jumba_frexp(x):
    if x == 0.0 or __jumba_math.isinf(x) or __jumba_math.isnan(x):
        return x, 0
    m = x if x >= 0 else -x
    e = 0
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 0.5:
        m *= 2.0
        e -= 1
    return __jumba_math.copysign(m, x), e


def __jumba_ldexp(x, i):
    # Scaling by powers of two in steps that stay exact.
    while i > 1000:
        x *= 2.0 ** 1000
        i -= 1000
    while i < -1000:
        x *= 2.0 ** -1000
        i += 1000
    return x * 2.0 ** i


def __jumba_log2(x):
    m, e = __jumba_frexp(x)
    if m == 0.5:
        return float(e - 1)
    return __jumba_math.log(x) / __jumba_math.log(2.0)


# NumPy functions on 1-d arrays (the caller checks the rank and the arguments, raising at the kernel line, and picks
# the variant for the dtype).

def __jumba_cumsum_inexact(a):
    out = __jumba_np.empty_like(a)
    __jumba_cumsum_inexact_into(a, out)
    return out


def __jumba_cumsum_inexact_into(a, out):
    # out: a's length and dtype, sharing no memory with a (checked by the caller: DestinationStores).
    # The running value in a local, not read back from out (starting from a[0] keeps a leading -0.0).
    if a.shape[0] > 0:
        acc = a[0]
        out[0] = acc
        for i in range(1, a.shape[0]):
            acc = acc + a[i]
            out[i] = acc


def __jumba_cumsum_int(a):
    out = __jumba_np.empty(a.shape[0], __jumba_np.int64)
    __jumba_cumsum_int_into(a, out)
    return out


def __jumba_cumsum_int_into(a, out):
    # out: a's length, int64, sharing no memory with a (checked by the caller)
    acc = 0
    for i in range(a.shape[0]):
        acc += a[i]
        out[i] = acc


def __jumba_cumprod_inexact(a):
    out = __jumba_np.empty_like(a)
    __jumba_cumprod_inexact_into(a, out)
    return out


def __jumba_cumprod_inexact_into(a, out):
    # as __jumba_cumsum_inexact_into
    if a.shape[0] > 0:
        acc = a[0]
        out[0] = acc
        for i in range(1, a.shape[0]):
            acc = acc * a[i]
            out[i] = acc


def __jumba_cumprod_int(a):
    out = __jumba_np.empty(a.shape[0], __jumba_np.int64)
    __jumba_cumprod_int_into(a, out)
    return out


def __jumba_cumprod_int_into(a, out):
    # as __jumba_cumsum_int_into
    acc = 1
    for i in range(a.shape[0]):
        acc *= a[i]
        out[i] = acc


def __jumba_diff(a, n):
    # one new array per pass (an in-place r[i] = r[i + 1] - r[i] would not vectorize); after a.shape[0] passes
    # the difference is empty and stays so
    r = a.copy()
    for _ in range(min(n, a.shape[0])):
        r = r[1:] - r[:-1]
    return r


def __jumba_quantile(a, q):
    # NumPy's default 'linear' method; a NaN element or an empty array gives NaN.
    n = a.shape[0]
    if n == 0 or __jumba_np.isnan(a).any():
        return __jumba_np.nan
    v = __jumba_np.sort(a.astype(__jumba_np.float64))
    pos = q * (n - 1)
    lo = int(__jumba_math.floor(pos))
    hi = lo + 1 if lo + 1 < n else lo
    t = pos - lo
    x = v[lo]
    y = v[hi]
    if t >= 0.5:
        return y - (y - x) * (1.0 - t)
    return x + (y - x) * t


def __jumba_median(a):
    n = a.shape[0]
    if n == 0 or __jumba_np.isnan(a).any():
        return __jumba_np.nan
    v = __jumba_np.sort(a.astype(__jumba_np.float64))
    if n % 2 == 1:
        return v[n // 2]
    return (v[n // 2 - 1] + v[n // 2]) / 2.0


def __jumba_without_nan(a):
    # the elements of a 1-d array that are not NaN, in order (nanmedian, nanpercentile, nanquantile)
    return __jumba_mask_take(a, a == a)


# The same along an axis: a is the 2-d array of the runs (AlongAxis.rows); one result per row.

def __jumba_quantile_rows(a, q, skip_nan):
    out = __jumba_np.empty(a.shape[0], __jumba_np.float64)
    for i in range(a.shape[0]):
        out[i] = __jumba_quantile(__jumba_without_nan(a[i]), q) if skip_nan else __jumba_quantile(a[i], q)
    return out


def __jumba_median_rows(a, skip_nan):
    out = __jumba_np.empty(a.shape[0], __jumba_np.float64)
    for i in range(a.shape[0]):
        out[i] = __jumba_median(__jumba_without_nan(a[i])) if skip_nan else __jumba_median(a[i])
    return out


def __jumba_diff_rows(a, n):
    m = a.shape[1] - n if a.shape[1] > n else 0
    out = __jumba_np.empty((a.shape[0], m), a.dtype)
    for i in range(a.shape[0]):
        out[i] = __jumba_diff(a[i], n)
    return out


def __jumba_average(a, w, total):
    return (a * w).sum() / total


def __jumba_fill(a, v):
    a[:] = v


def __jumba_repeat_into(flat, r, out):
    k = 0
    for i in range(flat.shape[0]):
        x = flat[i]
        for j in range(r):
            out[k] = x
            k += 1


def __jumba_roll_into(flat, shift, out):
    # out[(i + shift) mod n] = flat[i], Python's modulo keeping the index non-negative.
    n = flat.shape[0]
    if n == 0:
        return
    s = shift % n
    for i in range(n - s):
        out[i + s] = flat[i]
    for i in range(n - s, n):
        out[i + s - n] = flat[i]


def __jumba_eye_fill(out, k):
    for i in range(out.shape[0]):
        j = i + k
        if 0 <= j < out.shape[1]:
            out[i, j] = 1


def __jumba_tri_fill(out, k):
    for i in range(out.shape[0]):
        end = i + k + 1
        for j in range(0, end if end < out.shape[1] else out.shape[1]):
            out[i, j] = 1


def __jumba_tril_zero(out, k):
    for i in range(out.shape[0]):
        start = i + k + 1
        for j in range(start if start > 0 else 0, out.shape[1]):
            out[i, j] = 0


def __jumba_triu_zero(out, k):
    for i in range(out.shape[0]):
        end = i + k
        for j in range(0, end if end < out.shape[1] else out.shape[1]):
            out[i, j] = 0


def __jumba_tril_zero_stack(out, k):
    # out a 3-d stack of matrices (np.tril of N-d arrays)
    for s in range(out.shape[0]):
        __jumba_tril_zero(out[s], k)


def __jumba_triu_zero_stack(out, k):
    for s in range(out.shape[0]):
        __jumba_triu_zero(out[s], k)


def __jumba_diag_fill(out, v, k):
    for i in range(v.shape[0]):
        if k >= 0:
            out[i, i + k] = v[i]
        else:
            out[i - k, i] = v[i]


def __jumba_diag_take(m, k, out):
    for i in range(out.shape[0]):
        if k >= 0:
            out[i] = m[i, i + k]
        else:
            out[i] = m[i - k, i]


# Sorting, searching and counting on 1-d arrays, in NumPy's order: NaN after every number (the callers check ranks
# and arguments).

def __jumba_before(x, y):
    # x sorts before y: NumPy's order, with NaN last.
    return x < y or (y != y and x == x)


def __jumba_sort_inplace(a):
    s = __jumba_np.sort(a)
    for i in range(a.shape[0]):
        a[i] = s[i]


def __jumba_select(a, idx, lo, k):
    # Quickselect (Hoare partition, median-of-three pivot) on idx[lo:] by the values of a in NumPy's order, NaN last:
    # afterwards idx[k] indexes the value that sorted order puts at k, no index before k a later value, none after
    # it an earlier one.
    hi = idx.shape[0] - 1
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if __jumba_before(a[idx[mid]], a[idx[lo]]):
            t = idx[mid]
            idx[mid] = idx[lo]
            idx[lo] = t
        if __jumba_before(a[idx[hi]], a[idx[lo]]):
            t = idx[hi]
            idx[hi] = idx[lo]
            idx[lo] = t
        if __jumba_before(a[idx[hi]], a[idx[mid]]):
            t = idx[hi]
            idx[hi] = idx[mid]
            idx[mid] = t
        pivot = a[idx[mid]]
        i = lo
        j = hi
        while i <= j:
            while __jumba_before(a[idx[i]], pivot):
                i += 1
            while __jumba_before(pivot, a[idx[j]]):
                j -= 1
            if i <= j:
                t = idx[i]
                idx[i] = idx[j]
                idx[j] = t
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return


def __jumba_argpartition(a, kth):
    # kth: an int64 array of places in [-n, n), checked by the caller; each selected in ascending order, every later
    # one among the indices after the earlier (which stay in place).
    n = a.shape[0]
    idx = __jumba_np.arange(n)
    ks = __jumba_np.empty(kth.shape[0], __jumba_np.int64)
    for m in range(kth.shape[0]):
        ks[m] = kth[m] + n if kth[m] < 0 else kth[m]
    ks = __jumba_np.sort(ks)
    lo = 0
    for m in range(ks.shape[0]):
        if ks[m] >= lo:
            __jumba_select(a, idx, lo, ks[m])
            lo = ks[m] + 1
    return idx


def __jumba_partition(a, kth):
    idx = __jumba_argpartition(a, kth)
    out = __jumba_np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = a[idx[i]]
    return out


def __jumba_partition_rows(a, kth):
    # a the 2-d array of the runs along the last axis (AlongAxis.rows), each partitioned
    out = __jumba_np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = __jumba_partition(a[i], kth)
    return out


def __jumba_argpartition_rows(a, kth):
    out = __jumba_np.empty(a.shape, __jumba_np.int64)
    for i in range(a.shape[0]):
        out[i] = __jumba_argpartition(a[i], kth)
    return out


def __jumba_kth_one(k):
    out = __jumba_np.empty(1, __jumba_np.int64)
    out[0] = k
    return out


def __jumba_kth_tuple(t):
    out = __jumba_np.empty(len(t), __jumba_np.int64)
    for m in range(len(t)):
        out[m] = t[m]
    return out


def __jumba_search(a, v, right):
    # The first index whose element sorts after v (right) or not before v (left), by bisection.
    lo = 0
    hi = a.shape[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if (__jumba_before(v, a[mid]) if right else not __jumba_before(a[mid], v)):
            hi = mid
        else:
            lo = mid + 1
    return lo


def __jumba_searchsorted_array(a, v, right):
    out = __jumba_np.empty(v.shape[0], __jumba_np.int64)
    for i in range(v.shape[0]):
        out[i] = __jumba_search(a, v[i], right)
    return out


def __jumba_unique(a):
    # Sorted distinct values; NaNs count as one value (NumPy 2's equal_nan=True).
    s = __jumba_np.sort(a)
    n = 0
    for i in range(s.shape[0]):
        if __jumba_starts_value(s, i):
            n += 1
    out = s[:n].copy()
    n = 0
    for i in range(s.shape[0]):
        if __jumba_starts_value(s, i):
            out[n] = s[i]
            n += 1
    return out


def __jumba_complex_unique(a):
    # NumPy 2's unique of complex values hashes them (equal_nan): of equal values (0j and -0j), and of all the values
    # holding a NaN, it keeps the first in input order, then sorts. The stable sort keeps the first of equal values;
    # the value standing for the NaNs (last in sorted order) is set here.
    out = __jumba_unique(a)
    if out.shape[0] > 0 and out[-1] != out[-1]:
        for i in range(a.shape[0]):
            if a[i] != a[i]:
                out[-1] = a[i]
                break
    return out


def __jumba_starts_value(s, i):
    # s[i] is the first of its value in sorted s (all NaNs being one value).
    return i == 0 or (s[i] != s[i - 1] and not (s[i] != s[i] and s[i - 1] != s[i - 1]))


def __jumba_bincount(x, minlength):
    # x has no negative element (checked by the caller)
    n = minlength
    for i in range(x.shape[0]):
        if x[i] + 1 > n:
            n = x[i] + 1
    out = __jumba_np.zeros(n, __jumba_np.int64)
    for i in range(x.shape[0]):
        out[x[i]] += 1
    return out


def __jumba_bincount_weights(x, w, minlength):
    # x has no negative element and w its length (checked by the caller)
    n = minlength
    for i in range(x.shape[0]):
        if x[i] + 1 > n:
            n = x[i] + 1
    out = __jumba_np.zeros(n, __jumba_np.float64)
    for i in range(x.shape[0]):
        out[x[i]] += w[i]
    return out


def __jumba_bins_direction(bins):
    # 1 for increasing bins, -1 for decreasing ones, 0 for neither (the caller raises, as NumPy's digitize).
    up = True
    down = True
    for i in range(1, bins.shape[0]):
        if bins[i] < bins[i - 1]:
            up = False
        if bins[i] > bins[i - 1]:
            down = False
    if up:
        return 1
    if down:
        return -1
    return 0


def __jumba_digitize(x, bins, right, direction):
    if direction > 0:
        return __jumba_search(bins, x, not right)
    return bins.shape[0] - __jumba_search(bins[::-1], x, not right)


def __jumba_digitize_array(x, bins, right, direction):
    out = __jumba_np.empty(x.shape[0], __jumba_np.int64)
    for i in range(x.shape[0]):
        out[i] = __jumba_digitize(x[i], bins, right, direction)
    return out


def __jumba_interp_point(x, xp, fp, left, right):
    # NumPy's arr_interp for one point (xp increasing float64, at least one point).
    n = xp.shape[0]
    if n == 1:
        return left if x < xp[0] else (right if x > xp[0] else fp[0])
    if x != x:
        return x
    if x >= xp[n - 1]:
        return right if x > xp[n - 1] else fp[n - 1]
    if x < xp[0]:
        return left
    j = __jumba_search(xp, x, True) - 1
    if xp[j] == x:
        return fp[j]
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    r = slope * (x - xp[j]) + fp[j]
    if r != r:
        r = slope * (x - xp[j + 1]) + fp[j + 1]
        if r != r and fp[j] == fp[j + 1]:
            r = fp[j]
    return r


def __jumba_interp_points(xp, fp):
    # xp has at least one point and fp its length (checked by the caller)
    return xp.astype(__jumba_np.float64), fp.astype(__jumba_np.float64)


def __jumba_interp(x, xp, fp, left, right, has_left, has_right):
    out = __jumba_interp_array(__jumba_np.full(1, float(x)), xp, fp, left, right, has_left, has_right)
    return out[0]


def __jumba_interp_array(x, xp, fp, left, right, has_left, has_right):
    xs, fs = __jumba_interp_points(xp, fp)
    lo = left if has_left else fs[0]
    hi = right if has_right else fs[fs.shape[0] - 1]
    out = __jumba_np.empty(x.shape[0], __jumba_np.float64)
    for i in range(x.shape[0]):
        out[i] = __jumba_interp_point(float(x[i]), xs, fs, lo, hi)
    return out


def __jumba_data_range(a):
    # NumPy's histogram range of the data: (min, max), NaN when an element is NaN, (0, 1) when a is empty.
    if a.shape[0] == 0:
        return 0.0, 1.0
    return float(a.min()), float(a.max())


def __jumba_histogram_edges(a, edges):
    # edges increase (checked by the caller)
    n = edges.shape[0] - 1
    hist = __jumba_np.zeros(n if n > 0 else 0, __jumba_np.int64)
    for i in range(a.shape[0]):
        x = a[i]
        if n > 0 and x >= edges[0] and x <= edges[n]:
            k = __jumba_search(edges, x, True) - 1
            if k == n:
                k -= 1
            hist[k] += 1
    return hist, edges.astype(__jumba_np.float64)


# Linear algebra (LinearAlgebra.java checks ranks and casts the operands to the result dtype first). Whole-array
# expressions and np.dot, so that they vectorize.

def __jumba_norm_fro(x):
    return __jumba_np.sqrt(__jumba_np.sum(x * x))


def __jumba_norm_l1(x):
    return __jumba_np.sum(__jumba_np.abs(x))


def __jumba_norm_max(x):
    return __jumba_np.max(__jumba_np.abs(x))


def __jumba_norm_min(x):
    return __jumba_np.min(__jumba_np.abs(x))


def __jumba_norm_count(x):
    return __jumba_np.sum(x != 0) * 1.0


def __jumba_norm_p(x, p):
    return __jumba_np.sum(__jumba_np.abs(x) ** p) ** (1.0 / p)


def __jumba_norm_fro_axis(x, axis):
    return __jumba_np.sqrt(__jumba_np.sum(x * x, axis=axis))


def __jumba_norm_l1_axis(x, axis):
    return __jumba_np.sum(__jumba_np.abs(x), axis=axis)


def __jumba_norm_max_axis(x, axis):
    return __jumba_np.max(__jumba_np.abs(x), axis=axis)


def __jumba_norm_min_axis(x, axis):
    return __jumba_np.min(__jumba_np.abs(x), axis=axis)


def __jumba_norm_count_axis(x, axis):
    return __jumba_np.sum(x != 0, axis=axis) * 1.0


def __jumba_norm_p_axis(x, axis, p):
    return __jumba_np.sum(__jumba_np.abs(x) ** p, axis=axis) ** (1.0 / p)


def __jumba_cond_ratio(top, bottom):
    # NumPy divides with errors ignored and turns NaN (0 / 0) into inf: a singular matrix's condition is inf
    if bottom == 0.0:
        return __jumba_np.inf
    return top / bottom


def __jumba_trace(a, offset, zero):
    total = zero
    start = -offset if offset < 0 else 0
    stop = a.shape[1] - offset if a.shape[1] - offset < a.shape[0] else a.shape[0]
    for i in range(start, stop):
        total += a[i, i + offset]
    return total


def __jumba_outer(a, b):
    return a.ravel().reshape((a.size, 1)) * b.ravel()


def __jumba_vdot(a, b):
    return __jumba_np.dot(a.ravel(), b.ravel())


def __jumba_row(x):
    out = __jumba_np.empty((1, x.shape[0]), x.dtype)
    out[0, :] = x
    return out


def __jumba_kron_1d(a, b):
    n = b.shape[0]
    out = __jumba_np.empty(a.shape[0] * n, a.dtype)
    for i in range(a.shape[0]):
        out[i * n:(i + 1) * n] = a[i] * b
    return out


def __jumba_kron_2d(a, b):
    p = b.shape[0]
    q = b.shape[1]
    out = __jumba_np.empty((a.shape[0] * p, a.shape[1] * q), a.dtype)
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            out[i * p:(i + 1) * p, j * q:(j + 1) * q] = a[i, j] * b
    return out


def __jumba_identity_like(a):
    out = __jumba_np.zeros(a.shape, a.dtype)
    for i in range(a.shape[0]):
        out[i, i] = 1
    return out


def __jumba_matrix_power_n(a, n):
    # NumPy's order of products: a copy for 1, then a @ a, (a @ a) @ a, and binary decomposition above 3.
    if n == 0:
        return __jumba_identity_like(a)
    if n == 1:
        return a.copy()
    if n == 2:
        return __jumba_np.dot(a, a)
    if n == 3:
        return __jumba_np.dot(__jumba_np.dot(a, a), a)
    z = a.copy()
    result = a.copy()
    squared = False
    started = False
    k = n
    while k > 0:
        if squared:
            z = __jumba_np.dot(z, z)
        squared = True
        bit = k % 2
        k = k // 2
        if bit == 1:
            result = __jumba_np.dot(result, z) if started else z
            started = True
    return result


def __jumba_matrix_power(a, n):
    if n < 0:
        return __jumba_matrix_power_n(__jumba_np.linalg.inv(a), -n)
    return __jumba_matrix_power_n(a, n)


# ---- advanced indexing (typing/AdvancedIndexing checks shapes and bounds at the kernel line first) ----

def __jumba_mask_count(mask):
    n = 0
    for i in range(mask.shape[0]):
        if mask[i]:
            n += 1
    return n


def __jumba_mask_take(a, mask):
    # the elements of a where mask holds, in order (a and mask 1-d, one length)
    out = __jumba_np.empty(__jumba_mask_count(mask), a.dtype)
    n = 0
    for i in range(a.shape[0]):
        if mask[i]:
            out[n] = a[i]
            n += 1
    return out


def __jumba_mask_positions(mask):
    out = __jumba_np.empty(__jumba_mask_count(mask), __jumba_np.int64)
    n = 0
    for i in range(mask.shape[0]):
        if mask[i]:
            out[n] = i
            n += 1
    return out


def __jumba_mask_put(a, mask, v):
    # v's elements, in order, where mask holds (v has one per true element of mask)
    n = 0
    for i in range(a.shape[0]):
        if mask[i]:
            a[i] = v[n]
            n += 1


def __jumba_index_outside(idx, n):
    # the position of the first element of idx outside [-n, n), or -1; whether there is one is a (vectorized)
    # reduction, the position is looked for only then
    if not __jumba_np.any((idx < -n) | (idx >= n)):
        return -1
    for j in range(idx.shape[0]):
        if idx[j] < -n or idx[j] >= n:
            return j
    return -1


def __jumba_take(v, idx):
    # the rows of v (along its first axis) that idx names, negative ones counted from the end
    out = __jumba_np.empty((idx.shape[0],) + v.shape[1:], v.dtype)
    for j in range(idx.shape[0]):
        out[j] = v[idx[j]]
    return out


def __jumba_put(v, idx, x):
    # x (a scalar, or an array broadcast to a row) into the rows of v that idx names
    for j in range(idx.shape[0]):
        v[idx[j]] = x


def __jumba_put_rows(v, idx, x):
    # row j of x into the row of v that idx[j] names
    for j in range(idx.shape[0]):
        v[idx[j]] = x[j]


def __jumba_np_shuffle(x):
    # NumPy's legacy shuffle of a 1-d array: from the end, each element swapped with one uniform in [0, i].
    for i in range(x.shape[0] - 1, 0, -1):
        j = __jumba_np.random.randint(0, i + 1)
        t = x[i]
        x[i] = x[j]
        x[j] = t


def __jumba_py_shuffle(x):
    # CPython's random.shuffle: the same walk with _randbelow(i + 1).
    for i in range(x.shape[0] - 1, 0, -1):
        j = __jumba_random.randrange(0, i + 1)
        t = x[i]
        x[i] = x[j]
        x[j] = t


def __jumba_np_permutation_n(n):
    out = __jumba_np.arange(n)
    __jumba_np_shuffle(out)
    return out


def __jumba_np_permutation(x):
    out = x.copy()
    __jumba_np_shuffle(out)
    return out


def __jumba_np_choice_n(n, size, replace):
    # NumPy's legacy choice: randint draws with replacement, else the head of a whole permutation.
    if replace:
        return __jumba_np.random.randint(0, n, size)
    return __jumba_np_permutation_n(n)[:size].copy()


def __jumba_np_choice_n_one(n, replace):
    if replace:
        return __jumba_np.random.randint(0, n)
    return __jumba_np_permutation_n(n)[0]


def __jumba_np_choice(a, size, replace):
    picks = __jumba_np_choice_n(a.shape[0], size, replace)
    out = __jumba_np.empty(size, a.dtype)
    for i in range(size):
        out[i] = a[picks[i]]
    return out


def __jumba_np_choice_one(a, replace):
    return a[__jumba_np_choice_n_one(a.shape[0], replace)]


def __jumba_np_choice_p_n(p, size, replace):
    # NumPy's legacy choice with p (a float64 array checked by the caller): with replacement, uniform draws looked up
    # in the normalized cumulative sum; without, draws for the places still missing, the p of every index found
    # zeroed, each round's new indices kept once in the order they first came (NumPy's unique(return_index))
    if replace:
        cdf = __jumba_np.cumsum(p)
        cdf /= cdf[-1]
        return __jumba_np.searchsorted(cdf, __jumba_np.random.random_sample(size), side='right')
    q = p.copy()
    found = __jumba_np.zeros(size, __jumba_np.int64)
    n_uniq = 0
    while n_uniq < size:
        x = __jumba_np.random.random_sample(size - n_uniq)
        for i in range(n_uniq):
            q[found[i]] = 0.0
        cdf = __jumba_np.cumsum(q)
        cdf /= cdf[-1]
        new = __jumba_np.searchsorted(cdf, x, side='right')
        start = n_uniq
        for j in range(new.shape[0]):
            seen = False
            for i in range(start, n_uniq):
                if found[i] == new[j]:
                    seen = True
            if not seen:
                found[n_uniq] = new[j]
                n_uniq += 1
    return found


def __jumba_np_choice_p(a, p, size, replace):
    picks = __jumba_np_choice_p_n(p, size, replace)
    out = __jumba_np.empty(size, a.dtype)
    for i in range(size):
        out[i] = a[picks[i]]
    return out


def __jumba_np_choice_p_n_one(p, replace):
    return __jumba_np_choice_p_n(p, 1, replace)[0]


def __jumba_np_choice_p_one(a, p, replace):
    return a[__jumba_np_choice_p_n(p, 1, replace)[0]]


def __jumba_clip(a, lo, hi):
    # NumPy's clip: maximum with lo, then minimum with hi (hi wins where lo > hi; NaN propagates).
    return __jumba_np.minimum(__jumba_np.maximum(a, lo), hi)


def __jumba_np_isclose(a, b, rtol, atol, equal_nan):
    # NumPy's isclose: |a - b| <= atol + rtol * |b| where both are finite, else a == b (infinities of one sign).
    y = b * 1.0
    close = __jumba_np.where(__jumba_np.isfinite(a) & __jumba_np.isfinite(y),
                             __jumba_np.abs(a - y) <= atol + rtol * __jumba_np.abs(y), a == y)
    if equal_nan:
        return close | (__jumba_np.isnan(a) & __jumba_np.isnan(y))
    return close


def __jumba_array_equal(a, b):
    if a.shape != b.shape:
        return False
    return bool(__jumba_np.all(a == b))


def __jumba_flatnonzero(a):
    return __jumba_mask_positions(a.ravel())


def __jumba_argwhere(a):
    # Each flat index of a nonzero element unravelled in C order.
    dims = __jumba_np.array(a.shape)
    flat = __jumba_flatnonzero(a)
    out = __jumba_np.empty((flat.shape[0], dims.shape[0]), __jumba_np.int64)
    for r in range(flat.shape[0]):
        rest = flat[r]
        for k in range(dims.shape[0] - 1, -1, -1):
            out[r, k] = rest % dims[k]
            rest //= dims[k]
    return out


def __jumba_round_decimals(x, decimals):
    # NumPy's around of floats: scaled by a power of ten, rounded half to even, scaled back.
    if decimals >= 0:
        f = 10.0 ** decimals
        return __jumba_np.rint(x * f) / f
    f = 10.0 ** (-decimals)
    return __jumba_np.rint(x / f) * f


def __jumba_round_decimals_f32(x, decimals):
    # The same in float32, as NumPy scales a float32 array by a (weak) Python float.
    if decimals >= 0:
        f = __jumba_np.float32(10.0 ** decimals)
        return __jumba_np.rint(x * f) / f
    f = __jumba_np.float32(10.0 ** (-decimals))
    return __jumba_np.rint(x / f) * f


def __jumba_complex_sum(a, total):
    # np.sum of a 1-d complex array as Numba computes it: in order, in the array's precision, from total = 0
    for v in a:
        total += v
    return total


def __jumba_complex_prod(a, total):
    for v in a:
        total *= v
    return total


def __jumba_complex_dot(a, b, total):
    # 1-d operands of the same length (the caller checks); vdot passes a's conjugate
    for i in range(a.shape[0]):
        total += a[i] * b[i]
    return total


def __jumba_complex_matmul(a, b, out, zero):
    # np.dot of 2-d complex operands whose inner lengths agree (the caller checks): each output element is the
    # complex_dot of a row of a and a column of b
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = __jumba_complex_dot(a[i], b[:, j], zero)


def __jumba_complex_mean(a, zero):
    # Numba's sum / size: complex division, so an empty array raises ZeroDivisionError
    return __jumba_complex_sum(a, zero) / a.shape[0]


def __jumba_complex_argext(a, largest):
    # NumPy's argmin/argmax of a non-empty 1-d complex array: ordered by real part, then imaginary part; the first NaN
    # (in either part) wins
    k = 0
    best = a[0]
    if best.real != best.real or best.imag != best.imag:
        return 0
    for i in range(1, a.shape[0]):
        v = a[i]
        if v.real != v.real or v.imag != v.imag:
            return i
        if largest:
            better = v.real > best.real or (v.real == best.real and v.imag > best.imag)
        else:
            better = v.real < best.real or (v.real == best.real and v.imag < best.imag)
        if better:
            best = v
            k = i
    return k


def __jumba_complex_ext(a, largest):
    # np.min/np.max of a non-empty 1-d complex array, in NumPy's order
    return a[__jumba_complex_argext(a, largest)]


def __jumba_complex_reduce_runs(runs, n, out, start, multiply, mean):
    # np.sum/prod/mean along an axis: runs holds the array with that axis moved last, in C order, so each run of n
    # elements is one output's; folded in order in the array's precision. NumPy's mean of an empty run is NaN.
    for r in range(out.shape[0]):
        total = start
        for j in range(n):
            if multiply:
                total *= runs[r * n + j]
            else:
                total += runs[r * n + j]
        if mean:
            out[r] = total / n if n > 0 else total * __jumba_math.nan
        else:
            out[r] = total


def __jumba_complex_ext_runs(runs, n, out, largest):
    # np.min/max along an axis (n > 0): each run of n elements of runs is one output's
    for r in range(out.shape[0]):
        out[r] = runs[r * n + __jumba_complex_argext(runs[r * n:(r + 1) * n], largest)]


def __jumba_complex_argext_runs(runs, n, out, largest):
    # np.argmin/argmax along an axis (n > 0)
    for r in range(out.shape[0]):
        out[r] = __jumba_complex_argext(runs[r * n:(r + 1) * n], largest)


# Convolution, correlation and covariance (Correlations.java checks ranks and modes and casts the operands to the
# result dtype first). NumPy's _pyarray_correlate as Numba steps it: each output is an np.dot of two slices, so the
# inner products vectorize.

def __jumba_correlate_core(a, v, mode, reverse):
    # len(a) >= len(v) >= 1; mode 0 is 'valid', 1 'same', 2 'full'; reverse writes the outputs last to first
    n1 = a.shape[0]
    n = v.shape[0]
    n_left = 0
    n_right = 0
    length = n1 - n + 1
    if mode == 2:
        n_left = n - 1
        n_right = n - 1
        length = n1 + n - 1
    elif mode == 1:
        n_left = n // 2
        n_right = n - n_left - 1
        length = n1
    out = __jumba_np.zeros(length, a.dtype)
    idx = length - 1 if reverse else 0
    inc = -1 if reverse else 1
    for i in range(n_left):
        k = i + n - n_left
        out[idx] = __jumba_np.dot(a[:k], v[n - k:])
        idx += inc
    for i in range(n1 - n + 1):
        out[idx] = __jumba_np.dot(a[i:i + n], v)
        idx += inc
    for i in range(n_right):
        k = n - i - 1
        out[idx] = __jumba_np.dot(a[n1 - k:], v[:k])
        idx += inc
    return out


def __jumba_convolve(a, v, mode):
    if a.shape[0] < v.shape[0]:
        return __jumba_correlate_core(v, a[::-1], mode, False)
    return __jumba_correlate_core(a, v[::-1], mode, False)


def __jumba_correlate(a, v, mode):
    if a.shape[0] < v.shape[0]:
        return __jumba_correlate_core(v, a, mode, True)
    return __jumba_correlate_core(a, v, mode, False)


def __jumba_cov_rows(m, rowvar):
    # a float64 copy of the 2-d m with one variable per row: NumPy transposes unless rowvar or m is a single row
    if not rowvar and m.shape[0] != 1:
        return m.T.copy()
    return m.copy()


def __jumba_cov_stack(m, y, rowvar):
    x = __jumba_cov_rows(m, rowvar)
    z = __jumba_cov_rows(y, rowvar)
    out = __jumba_np.empty((x.shape[0] + z.shape[0], x.shape[1]), __jumba_np.float64)
    out[:x.shape[0], :] = x
    out[x.shape[0]:, :] = z
    return out


def __jumba_cov(x, bias, ddof, has_ddof):
    # x: float64 rows of variables, owned here; NumPy's cov: demean, X @ X.T, times 1 / max(n - ddof, 0)
    if x.shape[0] == 0 or x.shape[1] == 0:
        return __jumba_np.full((x.shape[0], x.shape[0]), __jumba_np.nan)
    d = ddof if has_ddof else (0.0 if bias else 1.0)
    fact = x.shape[1] - d
    if fact < 0.0:
        fact = 0.0
    for i in range(x.shape[0]):
        x[i, :] -= __jumba_np.sum(x[i, :]) / x.shape[1]
    # X @ X.T as dot products of unit-stride rows (which vectorize; x.T is F-ordered), each computed once
    n = x.shape[0]
    c = __jumba_np.empty((n, n), __jumba_np.float64)
    for i in range(n):
        for j in range(i, n):
            s = __jumba_np.dot(x[i, :], x[j, :])
            c[i, j] = s
            c[j, i] = s
    # NumPy's true_divide(1, 0) is inf (with a warning), not an error
    c *= (1.0 / fact) if fact != 0.0 else __jumba_np.inf
    return c


def __jumba_corrcoef(c):
    # c: the covariance matrix, owned here; NumPy divides by the standard deviations and clips to [-1, 1]
    stddev = __jumba_np.sqrt(__jumba_np.diag(c))
    for i in range(c.shape[0]):
        c[i, :] /= stddev
        c[:, i] /= stddev
    return __jumba_np.where(__jumba_np.fabs(c) > 1, __jumba_np.sign(c), c)


def __jumba_ratio(x):
    # NumPy's c / c for a single variable: 1.0, or NaN for a zero or NaN variance
    return x / x if x != 0.0 else __jumba_np.nan


# vander, ediff1d and fill_diagonal (ArrayBuilding.java checks the arguments and casts to the result dtype first)

def __jumba_vander(x, n, increasing):
    # each column is x times its neighbour, as NumPy's multiply.accumulate builds the powers
    out = __jumba_np.empty((x.shape[0], n), x.dtype)
    if n > 0:
        out[:, 0 if increasing else n - 1] = 1
    for j in range(1, n):
        col = j if increasing else n - 1 - j
        out[:, col] = x * out[:, col - 1 if increasing else col + 1]
    return out


def __jumba_raveled(a):
    return a.ravel()


def __jumba_one_element(x, a):
    out = __jumba_np.empty(1, a.dtype)
    out[0] = x
    return out


def __jumba_no_elements(a):
    return __jumba_np.empty(0, a.dtype)


def __jumba_ediff1d(a, begin, end):
    # a, begin and end are 1-d arrays of one dtype
    n = a.shape[0]
    mid = n - 1 if n > 0 else 0
    b = begin.shape[0]
    out = __jumba_np.empty(b + mid + end.shape[0], a.dtype)
    out[:b] = begin
    out[b:b + mid] = a[1:mid + 1] - a[:mid]
    out[b + mid:] = end
    return out


def __jumba_fill_diagonal(a, val, wrap):
    # a 2-d; val a 1-d array of a's dtype, repeated along the diagonal (an empty one assigns nothing); NumPy's flat
    # positions with step n + 1 (wrap continues below a tall matrix's first square)
    m = a.shape[0] if val.shape[0] > 0 else 0
    n = a.shape[1]
    end = n * m if wrap else n * (m if m < n else n)
    k = 0
    for i in range(0, end, n + 1):
        a[i // n, i % n] = val[k]
        k = k + 1 if k + 1 < val.shape[0] else 0


def __jumba_roots(p):
    # Numba's np.roots (NumPy's algorithm): p a 1-d float array without its leading and trailing zeros gives the
    # companion matrix, whose eigenvalues are the roots; one zero root more per trailing zero
    nz = __jumba_np.nonzero(p)[0]
    if nz.shape[0] == 0:
        return __jumba_np.zeros(0, p.dtype)
    tz = p.shape[0] - nz[-1] - 1
    q = p[nz[0]:nz[-1] + 1]
    n = q.shape[0]
    out = __jumba_np.zeros(n - 1 + tz, p.dtype)
    if n > 1:
        a = __jumba_np.diag(__jumba_np.ones(n - 2, p.dtype), -1)
        a[0, :] = -q[1:] / q[0]
        out[:n - 1] = __jumba_np.linalg.eigvals(a)
    return out


# np.random.dirichlet and np.random.multinomial: NumPy's legacy RandomState loops over the scalar draws
# (legacy standard_gamma, binomial), so the streams are NumPy's. RandomCalls checks the parameters first.

def __jumba_dirichlet(alpha, rows):
    k = alpha.shape[0]
    out = __jumba_np.zeros((rows, k), __jumba_np.float64)
    for i in range(rows):
        acc = 0.0
        for j in range(k):
            g = __jumba_np.random.standard_gamma(alpha[j])
            out[i, j] = g
            acc = acc + g
        # C's 1 / 0.0 is inf (all draws underflowed), giving NaN rows as NumPy
        inverse = (1.0 / acc) if acc != 0.0 else __jumba_np.inf
        for j in range(k):
            out[i, j] = out[i, j] * inverse
    return out


def __jumba_kahan_sum_head(p):
    # NumPy's kahan_sum of all elements but the last
    n = p.shape[0] - 1
    if n <= 0:
        return 0.0
    s = p[0]
    c = 0.0
    for i in range(1, n):
        y = p[i] - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def __jumba_multinomial(n, pvals, rows):
    d = pvals.shape[0]
    out = __jumba_np.zeros((rows, d), __jumba_np.int64)
    for i in range(rows):
        remaining = 1.0
        dn = n
        for j in range(d - 1):
            # rounding can put the conditional probability just outside [0, 1]; C's binomial takes it as it is
            p = pvals[j] / remaining if remaining > 0.0 else 1.0
            p = 1.0 if p > 1.0 else (0.0 if p < 0.0 else p)
            # NumPy's random_binomial (not the legacy one) returns 0 for p == 0 without drawing; dn > 0 here but for n == 0
            x = __jumba_np.random.binomial(dn, p) if dn > 0 and p > 0.0 else 0
            out[i, j] = x
            dn -= x
            if dn <= 0:
                break
            remaining -= pvals[j]
        if dn > 0 and d > 0:
            out[i, d - 1] = dn
    return out


# ---- element selection (typing/ElementSelection checks positions at the kernel line first) ----

def __jumba_one_position(i):
    out = __jumba_np.empty(1, __jumba_np.int64)
    out[0] = i
    return out


def __jumba_delete(a, idx):
    # a 1-d without the positions idx names (each in [-n, n), negative ones counted from the end; repeats drop once)
    n = a.shape[0]
    keep = __jumba_np.ones(n, __jumba_np.bool_)
    for j in range(idx.shape[0]):
        k = idx[j]
        keep[k + n if k < 0 else k] = False
    return __jumba_mask_take(a, keep)


def __jumba_nonzero_from(cond, n):
    # the first position at or after n where cond is nonzero, or -1
    for i in range(n, cond.shape[0]):
        if cond[i] != 0:
            return i
    return -1


def __jumba_extract(cond, a):
    # the elements of a where cond (1-d, nonzero only below a's length) is nonzero, in order
    n = 0
    for i in range(cond.shape[0]):
        if cond[i] != 0:
            n += 1
    out = __jumba_np.empty(n, a.dtype)
    k = 0
    for i in range(cond.shape[0]):
        if cond[i] != 0:
            out[k] = a[i]
            k += 1
    return out


def __jumba_intersect1d(a, b):
    # the sorted values of 1-d a and b (one dtype) both hold, each once: a merge of their sorted unique values
    x = __jumba_np.unique(a)
    y = __jumba_np.unique(b)
    out = __jumba_np.empty(x.shape[0] if x.shape[0] < y.shape[0] else y.shape[0], x.dtype)
    i = 0
    j = 0
    k = 0
    while i < x.shape[0] and j < y.shape[0]:
        if x[i] < y[j]:
            i += 1
        elif y[j] < x[i]:
            j += 1
        else:
            if x[i] == y[j]:
                out[k] = x[i]
                k += 1
            i += 1
            j += 1
    return out[:k].copy()


def __jumba_all_finite(a):
    # whether every element of 1-d a is finite (a float or complex)
    return bool(__jumba_np.all(__jumba_np.isfinite(a)))


# ---- window functions (typing/WindowFunctions): NumPy's formulas over n = 1 - M, 3 - M, ..., M - 1 ----

def __jumba_window_points(m):
    return __jumba_np.arange(1 - m, m, 2).astype(__jumba_np.float64)


def __jumba_bartlett(m):
    if m < 1:
        return __jumba_np.empty(0, __jumba_np.float64)
    if m == 1:
        return __jumba_np.ones(1, __jumba_np.float64)
    n = __jumba_window_points(m)
    return __jumba_np.where(n <= 0, 1 + n / (m - 1), 1 - n / (m - 1))


def __jumba_blackman(m):
    if m < 1:
        return __jumba_np.empty(0, __jumba_np.float64)
    if m == 1:
        return __jumba_np.ones(1, __jumba_np.float64)
    n = __jumba_window_points(m)
    return 0.42 + 0.5 * __jumba_np.cos(__jumba_np.pi * n / (m - 1)) + 0.08 * __jumba_np.cos(2.0 * __jumba_np.pi * n / (m - 1))


def __jumba_hamming(m):
    if m < 1:
        return __jumba_np.empty(0, __jumba_np.float64)
    if m == 1:
        return __jumba_np.ones(1, __jumba_np.float64)
    n = __jumba_window_points(m)
    return 0.54 + 0.46 * __jumba_np.cos(__jumba_np.pi * n / (m - 1))


def __jumba_hanning(m):
    if m < 1:
        return __jumba_np.empty(0, __jumba_np.float64)
    if m == 1:
        return __jumba_np.ones(1, __jumba_np.float64)
    n = __jumba_window_points(m)
    return 0.5 + 0.5 * __jumba_np.cos(__jumba_np.pi * n / (m - 1))


def __jumba_kaiser(m, beta):
    # NumPy's (and Numba's) kaiser: i0(beta * sqrt(1 - ((n - alpha) / alpha) ** 2)) / i0(beta), n = 0 ... M - 1
    if m < 1:
        return __jumba_np.empty(0, __jumba_np.float64)
    if m == 1:
        return __jumba_np.ones(1, __jumba_np.float64)
    alpha = (m - 1) / 2.0
    t = __jumba_i0(beta)
    out = __jumba_np.empty(m, __jumba_np.float64)
    for i in range(m):
        out[i] = __jumba_i0(beta * __jumba_math.sqrt(1 - ((i - alpha) / alpha) ** 2.0)) / t
    return out


def __jumba_i0(x):
    # the modified Bessel function of order 0 as NumPy's i0 and Numba's compute it: Cephes' Chebyshev series on
    # [0, 8] and (8, inf)
    if x < 0:
        x = -x
    if x <= 8.0:
        return __jumba_math.exp(x) * __jumba_chebyshev(x / 2.0 - 2, (
        -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15,
        -1.1685332877993451e-14, 7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12,
        -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-09,
        -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07, 1.1173875391201037e-06,
        -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
        -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998,
        -0.02373741480589947, 0.04930528423967071, -0.09490109704804764, 0.17162090152220877, -0.3046826723431984,
        0.6767952744094761))
    return __jumba_math.exp(x) * __jumba_chebyshev(32.0 / x - 2.0, (
        -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17,
        -2.8276239805165836e-16, -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15,
        -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
        7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
        1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
        2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943,
        0.8044904110141088)) / __jumba_math.sqrt(x)


def __jumba_chebyshev(x, coefficients):
    # Cephes' chbevl: the Chebyshev series of the coefficients (highest order first) at x
    b0 = coefficients[0]
    b1 = 0.0
    b2 = 0.0
    for i in range(1, len(coefficients)):
        b2 = b1
        b1 = b0
        b0 = x * b1 - b2 + coefficients[i]
    return 0.5 * (b0 - b2)


# ---- cross products (typing/CrossProducts checked the lengths; a and b share one dtype) ----

def __jumba_cross(a, b):
    # np.cross along the last axis (lengths 2 or 3, not both 2), NumPy's formulas: the third element of a 2-vector
    # (0) is left out rather than multiplied; 1-d a and b give a 3-vector, stacks broadcast
    z = a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    out = __jumba_np.empty(__jumba_np.shape(z) + (3,), a.dtype)
    if a.shape[-1] == 3 and b.shape[-1] == 3:
        out[..., 0] = a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1]
        out[..., 1] = a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2]
    elif a.shape[-1] == 3:
        out[..., 0] = -(a[..., 2] * b[..., 1])
        out[..., 1] = a[..., 2] * b[..., 0]
    else:
        out[..., 0] = a[..., 1] * b[..., 2]
        out[..., 1] = -(a[..., 0] * b[..., 2])
    out[..., 2] = z
    return out


def __jumba_cross2d(a, b):
    # numba.np.extensions.cross2d of 2-vectors: the z component, a 0-d array for 1-d a and b (as Numba)
    out = __jumba_np.empty(__jumba_np.shape(a[..., 0] + b[..., 0]), a.dtype)
    out[...] = a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    return out


def __jumba_take_along_rows(a, idx):
    # row r of the result: a[r] at the positions idx[r] names (in [-n, n), checked by typing/TakeCalls)
    out = __jumba_np.empty(idx.shape, a.dtype)
    n = a.shape[1]
    for r in range(idx.shape[0]):
        for j in range(idx.shape[1]):
            k = idx[r, j]
            out[r, j] = a[r, k + n if k < 0 else k]
    return out


def __jumba_true_positions(mask):
    return __jumba_np.nonzero(mask)


def __jumba_false_positions(mask):
    return __jumba_np.nonzero(__jumba_np.logical_not(mask))


def __jumba_logspace(start, stop, num):
    return __jumba_np.power(10.0, __jumba_np.linspace(start, stop, num))


def __jumba_rot90(m, k):
    # Numba's np.rot90: a view of m turned k quarter turns in the plane of its first two axes
    k = k % 4
    if k == 0:
        return m
    elif k == 1:
        return __jumba_np.swapaxes(__jumba_np.fliplr(m), 0, 1)
    elif k == 2:
        return __jumba_np.flipud(__jumba_np.fliplr(m))
    return __jumba_np.fliplr(__jumba_np.swapaxes(m, 0, 1))


# ---- np.trapz / np.trapezoid (typing/Trapezoid): NumPy's sum(d * (y[1:] + y[:-1]) / 2.0) ----

def __jumba_trapezoid_widths(x):
    return x[1:] - x[:-1]


def __jumba_trapezoid_spacing(dx, n):
    return __jumba_np.full(n - 1 if n > 0 else 0, dx)


def __jumba_trapezoid(y, d):
    n = y.shape[0]
    if n < 2:
        return 0.0
    return (d * (y[1:] + y[:-1]) / 2.0).sum()


def __jumba_trapezoid_rows(y, d):
    out = __jumba_np.empty(y.shape[0], __jumba_np.float64)
    for r in range(y.shape[0]):
        out[r] = __jumba_trapezoid(y[r], d)
    return out
