from numba.extending import overload


@overload(len)
def my_len(x):
    return x
