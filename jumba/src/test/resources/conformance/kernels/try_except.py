"""try/except as Numba 0.56 supports it: a bare `except:` or `except Exception:` (one clause, no `as`), with
`else` and `finally`, catching exceptions raised by the kernel, by functions it calls and by runtime faults."""
import numpy as np
from numba import njit, prange


@njit
def raise_caught(x):
    try:
        if x < 0:
            raise ValueError("negative")
        r = x * 2
    except Exception:
        r = -1
    return r


@njit(boundscheck=True)
def index_caught(a, i):
    try:
        v = a[i]
    except:  # noqa: E722
        v = -1.0
    return v


@njit
def zero_division_caught(a, b):
    try:
        return a // b
    except Exception:
        return -99


@njit
def helper(x):
    if x > 3:
        raise IndexError("big")
    return x


@njit
def call_caught(x):
    try:
        return helper(x)
    except Exception:
        return 0


@njit
def else_finally(x):
    r = 0
    try:
        if x < 0:
            raise ValueError
    except Exception:
        r = 1
    else:
        r = 2
    finally:
        r += 10
    return r


@njit
def loop_body_try(a):
    s = 0.0
    for i in range(a.shape[0]):
        try:
            if a[i] < 0:
                raise ValueError("x")
            s += a[i]
        except Exception:
            s -= 100.0
    return s


@njit
def loop_inside_try(a, limit):
    s = 0.0
    k = 0
    try:
        for i in range(a.shape[0]):
            s += a[i]
            k = i
            if s > limit:
                raise ValueError("over")
    except Exception:
        s = -s
    return s, k


@njit
def nested(x):
    try:
        try:
            raise ValueError
        except Exception:
            x += 1
            raise ValueError
    except Exception:
        x += 10
    return x


@njit
def finally_only(x):
    try:
        x += 1
    finally:
        x += 2
    return x


@njit
def return_in_try(x):
    try:
        return x + 1
    except Exception:
        return 0
    finally:
        x = 100


@njit
def assert_caught(x):
    try:
        assert x > 0, "positive"
        return 1
    except Exception:
        return 2


@njit
def break_in_handler(n):
    i = 0
    while True:
        try:
            i += 1
            if i > n:
                raise ValueError
        except Exception:
            break
    return i


@njit
def continue_in_try(a):
    s = 0.0
    for i in range(a.shape[0]):
        try:
            if a[i] < 0:
                continue
            s += a[i]
        finally:
            s += 1000.0
    return s


@njit
def uncaught_in_handler(x):
    try:
        raise ValueError("first")
    except Exception:
        return helper(x)


@njit
def else_with_loop_else(a):
    found = -1
    for i in range(a.shape[0]):
        try:
            if a[i] < 0:
                raise ValueError
        except Exception:
            found = i
            break
    else:
        found = -2
    return found


@njit(parallel=True)
def prange_try(a):
    out = np.zeros(a.shape[0])
    for i in prange(a.shape[0]):
        try:
            if a[i] < 0:
                raise ValueError
            out[i] = np.sqrt(a[i])
        except Exception:
            out[i] = -1.0
    return out
