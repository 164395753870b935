# entry: swap_search(int64[::1], int64)
from numba import njit


@njit
def swap_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        elif a[mid] > target:
            hi = mid - 1
        else:
            return mid
    a[0], a[-1] = a[-1], a[0]
    return -1 if 0 < lo < len(a) else -2
