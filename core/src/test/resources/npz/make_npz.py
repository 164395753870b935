"""Writes the .npz golden files of NpzTest with numpy.savez and numpy.savez_compressed (run from this folder).

stored.npz and compressed.npz hold x (float64, 2x3), n (int32, 4) and flag (bool, 0-d); positional.npz holds x and n
unnamed.
"""
import numpy as np

x = np.array([[0.5, -1.25, 3.0], [1e300, -0.0, 2.5e-8]])
n = np.array([7, -3, 2147483647, -2147483648], dtype=np.int32)
flag = np.array(True)
np.savez("stored.npz", x=x, n=n, flag=flag)
np.savez_compressed("compressed.npz", x=x, n=n, flag=flag)
np.savez("positional.npz", x, n)  # named arr_0, arr_1 as numpy.load reports them
