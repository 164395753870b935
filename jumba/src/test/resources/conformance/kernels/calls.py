from numba import njit


@njit
def caller_before(x):
    return helper_after(x) + 1


@njit
def helper_after(x):
    return x * 2


@njit
def scaled(x, factor=2.0, offset=0.0):
    return x * factor + offset


@njit
def call_with_defaults(x):
    return scaled(x)


@njit
def call_with_keywords(x):
    return scaled(x, offset=1.5), scaled(x, 3.0), scaled(x, offset=-1.0, factor=0.5)


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@njit
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


@njit
def lcm(a, b):
    return a // gcd(a, b) * b


@njit
def chain3(x):
    return helper_after(helper_after(x)) - caller_before(x)


def plain_square(x):
    return x * x


def plain_sum_range(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


@njit(cache=True)
def cached_kernel(a, b):
    return a * b + a - b


@njit
def sum_arr(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def call_array_helper(a):
    return sum_arr(a) * 2.0


@njit
def kw_call_site(n):
    return range_sum(stop=n, start=2)


@njit
def range_sum(start, stop):
    s = 0
    for i in range(start, stop):
        s += i
    return s
