from numba import njit


@njit
def f(n):
        x = n
	if x:
		pass
