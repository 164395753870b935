"""Lists whose items are arrays, tuples or lists (Numba's reflected lists of them)."""
import numpy as np
from numba import njit


@njit
def arrays_share(a):
    l = [a, a * 2.0]
    l[0][1] = 7.0  # the list holds a itself: a changes
    l.append(a[::2])  # a non-contiguous array: the items' layout becomes A
    s = 0.0
    for x in l:
        s += x.sum()
    return l, s


@njit
def array_methods(a):
    l = list()
    l.append(a)
    l.append(a[::2])
    l.insert(0, np.ones(2))
    x = l.pop()
    l.extend([np.zeros(3)])
    m = l.copy()
    m.reverse()
    l[1] = x
    l[1][0] = 9.0
    r = l[-1]
    n = len(m)
    m.clear()
    return l, len(m), r, l[1:], l[::-1], [b * 2.0 for b in l], n


@njit
def rows_are_views(m):
    rows = [r for r in m]
    rows[0][0] = -1.0
    total = 0.0
    for i, r in enumerate(rows):
        total += i * r.sum()
    return rows, total


@njit
def int_matrices(n):
    l = [np.arange(n * 2).reshape((n, 2)), np.zeros((1, 2), np.int64)]
    l.append(np.ones((2, 2), np.int64))
    return l, l[0].sum() + l[2].sum()


@njit
def tuples(n):
    t = [(1, 2.5), (3, 4)]  # unified: Tuple(int64, float64)
    for i in range(n):
        t.append((i, i * 0.5))
    s = 0.0
    for a, b in t:
        s += a * b
    u = [(i, x) for i, x in enumerate(t)]
    return t, s, len(u), u[-1], t[1:3], t[-2]


@njit
def tuple_edits(n):
    t = [(n, True), (2, False)]
    t.insert(1, (7, True))
    last = t.pop()
    first = t.pop(0)
    t.extend([(8, False), (9, True)])
    t[0] = (n * 10, False)
    t.reverse()
    return t, last, first, len(t)


@njit
def tuples_to_array(n):
    t = [(1, 2.5), (3, 4.5)]
    t.append((n, -1.0))
    ints = [(1, 2, 3), (n, 5, 6)]
    flags = [(True, False)]
    return np.array(t), np.array(ints), np.array(flags)


@njit
def tuple_search(n):
    t = [(3, 2.5), (1, 4.5), (1, 1.0), (3, 2.5)]
    found = (1, 4.5) in t
    missing = (n, 0.0) in t
    k = t.index((1, 1.0))
    c = t.count((3, 2.5))
    t.remove((3, 2.5))
    return found, missing, k, c, t


@njit
def tuple_index_missing(n):
    t = [(3, 2.5), (1, 4.5)]
    return t.index((n, 0.5))


@njit
def tuple_sorts(n):
    t = [(3, 2.5), (1, 4.5), (1, 1.0), (n, 0.0), (-2, 7.0)]
    s = sorted(t)
    r = sorted(t, reverse=True)
    t.sort()
    return s, r, t


@njit
def item_at(n):
    a = np.arange(3.0)
    l = [a, a + 1.0]
    t = [(1, 2), (3, 4)]
    return l[n], t[n]


@njit
def pop_empty(n):
    l = [np.arange(2.0)]
    for i in range(n):
        l.pop()
    return len(l)


@njit
def nested_lists(n):
    l = [[1, 2], [3]]
    l[1].append(n)
    l.append([5, 6, 7])
    total = 0
    for inner in l:
        for x in inner:
            total += x
    l[0][1] = -1
    return l, total, len(l[2]), l[-1][-1]


@njit
def printed(n):
    a = np.arange(3.0)
    l = [a, a * 2]
    print(l)
    t = [(1, 2.5), (n, 0.5)]
    print(t)
    print(l[0], t[1])
    print([[1, 2], [n]])


@njit
def from_caller(arrays, pairs):
    arrays[0][0] = 100.0
    arrays.append(arrays[0] * 2.0)
    s = 0.0
    for a, b in pairs:
        s += a * b
    pairs.append((9, 0.5))
    return len(arrays), s


@njit
def caller_list_read(arrays):
    s = 0.0
    for a in arrays:
        s += a.sum()
    return s


@njit
def augmented_items(a):
    l = [a, a[::2]]
    l[0] += 1.0  # in place: a changes, and so does l[1], a view of it
    l[1] *= 2.0
    return l, a.sum()
