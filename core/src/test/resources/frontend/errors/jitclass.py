from numba.experimental import jitclass
from numba import float64


@jitclass([("x", float64)])
class Point:
    def __init__(self, x):
        self.x = x
