import collections
from collections import namedtuple

import numpy as np
from numba import njit

Point = namedtuple("Point", ["x", "y"])
Rect = collections.namedtuple("Rect", "width height")
Triple = namedtuple("Triple", "a, b, c")
Opts = namedtuple("Opts", ("scale", "shift", "flag"), defaults=(1.0, False))


@njit
def make(n):
    p = Point(n, 2.5)
    q = Point(y=n * 2, x=1)
    r = Point(n, y=-1)
    return Point(p.x + q.y, r.x + r.y + p.y)


@njit
def make_returned(n):
    return Point(n, 2.5)


@njit
def fields_and_index(n):
    p = Point(n, n * 0.5)
    return p.x, p.y, p[0], p[1], p[-1], len(p)


@njit
def unpack(a, b):
    r = Rect(a, b)
    w, h = r
    return w * h, r.width * r.height


@njit
def iterate(n):
    t = Triple(n, n + 1, n + 2)
    s = 0
    for v in t:
        s += v
    return s


@njit
def area(r):
    return r.width * r.height


@njit
def shifted(p, d):
    return Point(p.x + d, p.y + d)


@njit
def between_functions(n):
    r = Rect(n, n + 0.5)
    p = shifted(Point(n, 2 * n), 1)
    return area(r), p.x, p.y


@njit
def defaults_overridden(x):
    # Numba 0.56 fails in lowering when a kernel reads a field it left to its default (Opts(x).shift), and types
    # Opts(x) with one element; NamedTupleKernelsTest checks the defaults themselves.
    b = Opts(x, 3.0)
    c = Opts(x, shift=2.0, flag=True)
    return b.scale * b.shift, c.flag


@njit
def with_array(n):
    p = Point(np.arange(n), n)
    return p.x.sum() + p.y


@njit
def printed(n):
    p = Point(n, n / 4)
    print(p)
    print("at", Rect(1, True), n)
    return p.x


@njit
def in_branches(n):
    if n > 2:
        p = Point(n, 1.5)
    else:
        p = Point(-n, 0.5)
    return p


@njit
def norm_arg(p):
    # a namedtuple argument: its fields by name and by index
    return (p.x * p.x + p.y * p.y) ** 0.5, p[0], p[-1]


@njit
def nested_arg(t, scale):
    # a namedtuple inside a tuple argument; a namedtuple holding an array
    p, k = t
    return shifted(p, k * scale)


@njit
def array_field_arg(r):
    return r.width.sum() * r.height


@njit
def printed_nested(n):
    p = Point(n, n / 4)
    print((p, n))
    print(((Rect(n, 2), 1.5), p, (Point(n, -1),)))
    return n
