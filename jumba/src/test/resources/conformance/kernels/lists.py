import numpy as np
from numba import njit, types
from numba.typed import Dict, List


@njit
def literal_sum(n):
    l = [1, 2, 3]
    l.append(n)
    return sum(l), len(l), l


@njit
def grow_from_empty(n):
    l = []
    for i in range(n):
        l.append(i * i)
    return l


@njit
def widen_on_append(n):
    l = [1]
    l.append(n * 0.5)
    return l


@njit
def comprehension(n):
    return [x * x for x in range(n) if x % 3 != 1]


@njit
def comprehension_keeps_outer_name(n):
    x = -1.5
    l = [x + 1 for x in range(n)]
    return x, l


@njit
def list_of_range(n):
    l = list(range(n))
    return l[1:-1], l[::2], l[::-1], l[-1]


@njit
def edits(n):
    l = [10, 20, 30, 40]
    a = l.pop()
    b = l.pop(0)
    l.insert(1, n)
    l.insert(-100, -1)
    l.extend([7, 8])
    l[0] += 5
    l[-1] = 99
    return a, b, l


@njit
def index_at(i):
    l = [3, 1, 4, 1, 5]
    return l[i]


@njit
def pop_empty(n):
    l = [1.5]
    for i in range(n):
        l.pop()
    return len(l)


@njit
def iterate_and_test(x):
    l = [2.5, -1.0, 7.25]
    s = 0.0
    for v in l:
        s += v
    return s, x in l, min(l), max(l)


@njit
def to_array(n):
    l = [i * 0.25 for i in range(n)]
    return np.array(l)


@njit
def concat_repeat(n):
    return [0] * n + [1, 2]


@njit
def bools(n):
    l = [i % 2 == 0 for i in range(n)]
    return l, True in l


@njit
def helper_appends(l, v):
    l.append(v)


@njit
def passed_to_helper(n):
    l = [0]
    for i in range(n):
        helper_appends(l, i + 1)
    return l


@njit
def typed_list(n):
    l = List.empty_list(types.int64)
    for i in range(n):
        l.append(i - 2)
    return l[0], len(l), l


@njit
def dict_ops(n):
    d = Dict.empty(key_type=types.int64, value_type=types.float64)
    for i in range(n):
        d[i * 3] = i * 0.5
    s = 0.0
    for k in d:
        s += k
    for k, v in d.items():
        s += k * v
    t = 0.0
    for v in d.values():
        t += v
    return s, t, len(d), 3 in d, 4 in d, d.get(4, -1.0), d.pop(3), len(d), d[0]


@njit
def dict_missing(k):
    d = Dict.empty(key_type=types.int64, value_type=types.int64)
    d[1] = 10
    d[1] += 5
    return d[k]


@njit
def sort_reverse(n):
    l = [3, -1, n, 7, 0, n]
    l.sort()
    a = l.copy()
    l.sort(reverse=True)
    f = [2.5, -0.0, n * 0.5, -3.25, 0.0]
    f.sort()
    g = [2.5, -0.0, n * 0.5, -3.25, 0.0]
    g.sort(reverse=n > 2)
    return a, l, f, g


@njit
def reverse_clear(n):
    l = [1.5, 2.5, 3.5]
    l.append(n)
    l.reverse()
    m = [True, False]
    m.reverse()
    k = [n]
    k.clear()
    k.append(4)
    e = [1]
    e.clear()
    return l, m, k, len(e)


@njit
def index_count(x):
    l = [4, 1, 4, 2, 4]
    f = [0.5, x, 2.0, x]
    return l.index(4), l.index(4, 1), l.index(4, -2), l.index(2, 0, 4), l.count(4), l.count(x), f.count(x), f.index(2)


@njit
def index_missing(x):
    l = [4, 1, 4, 2]
    return l.index(x, 1, 3)


@njit
def remove_first(x):
    l = [3, x, 5, x, 7]
    l.remove(x)
    f = [1.5, 2.0, 2.0]
    f.remove(2)
    return l, f


@njit
def remove_missing(x):
    l = [1, 2, 3]
    l.remove(x)
    return l


@njit
def sort_helper(l):
    l.sort(reverse=True)
    l.remove(l[-1])


@njit
def sorts_in_helper(n):
    l = [i * 7 % 5 for i in range(n)]
    sort_helper(l)
    return l
