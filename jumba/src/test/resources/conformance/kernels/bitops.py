from numba import njit


@njit
def bit_and_or_xor(a, b):
    return a & b, a | b, a ^ b


@njit
def invert(a):
    return ~a


@njit
def shifts(a, s):
    return a << s, a >> s


@njit
def popcount(a):
    c = 0
    x = a
    while x != 0:
        x &= x - 1
        c += 1
    return c


@njit
def bool_bitops(p, q):
    return p & q, p | q, p ^ q


@njit
def mask_bits(a):
    return (a >> 8) & 0xFF, (a & 0xF0F0) | 0x0F
