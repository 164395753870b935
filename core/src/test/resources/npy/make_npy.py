"""Writes the golden .npy files the Java tests read, and manifest.tsv describing them.

Run from this directory with the system NumPy:  /usr/bin/python3 make_npy.py
manifest.tsv has one tab-separated line per file: name, dtype, shape (comma-separated, empty for 0-d),
fortran_order (0/1), the elements in C order (space-separated; bools as 0/1, floats as Python repr),
and NumPy's repr of the array with newlines written as \\n.
"""
import os
import numpy as np
from numpy.lib import format as npformat

HERE = os.path.dirname(os.path.abspath(__file__))
manifest = []


def save(name, array, version=None):
    with open(os.path.join(HERE, name), "wb") as f:
        npformat.write_array(f, array, version=version, allow_pickle=False)
    flat = np.ascontiguousarray(array).reshape(-1)
    if array.dtype == np.bool_:
        values = " ".join("1" if v else "0" for v in flat)
    elif array.dtype.kind == "f":
        values = " ".join(repr(float(v)) for v in flat)
    else:
        values = " ".join(str(int(v)) for v in flat)
    manifest.append("\t".join([
        name, array.dtype.name, ",".join(str(s) for s in array.shape),
        "1" if (array.flags.f_contiguous and not array.flags.c_contiguous) else "0",
        values, repr(array).replace("\n", "\\n")]))


def raw(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


samples = {
    "bool": [[True, False, True], [False, False, True]],
    "int8": [[-128, -1, 0], [1, 100, 127]],
    "uint8": [[0, 1, 127], [128, 200, 255]],
    "int16": [[-32768, -2, 0], [3, 1000, 32767]],
    "int32": [[-2147483648, -5, 0], [7, 123456, 2147483647]],
    "int64": [[-9223372036854775808, -9, 0], [11, 1 << 40, 9223372036854775807]],
    "float32": [[-1.5, 0.1, 3.25e-3], [np.nan, np.inf, 1e30]],
    "float64": [[-1.5, 0.1, 1e-300], [np.nan, -np.inf, 1.7976931348623157e308]],
}
for name, values in samples.items():
    dt = np.dtype(name)
    save(f"{name}_le.npy", np.array(values, dtype=dt.newbyteorder("<")))
    if dt.itemsize > 1:
        save(f"{name}_be.npy", np.array(values, dtype=dt.newbyteorder(">")))

# Fortran order, 0-d, 0-size, the three format versions.
save("float64_fortran.npy", np.asfortranarray(np.arange(12.0).reshape(3, 4)))
save("int32_be_fortran.npy", np.asfortranarray(np.arange(24, dtype=">i4").reshape(2, 3, 4)))
save("float64_0d.npy", np.array(2.5))
save("bool_0d.npy", np.array(True))
save("float64_empty.npy", np.zeros(0))
save("int64_empty_0x3.npy", np.zeros((0, 3), dtype=np.int64))
save("version1.npy", np.arange(6, dtype=np.int16).reshape(2, 3), version=(1, 0))
save("version2.npy", np.arange(6, dtype=np.int16).reshape(2, 3), version=(2, 0))
save("version3.npy", np.arange(6, dtype=np.int16).reshape(2, 3), version=(3, 0))

# '=' (native order) as some writers put it: same bytes as '<i4' with the order character replaced.
with open(os.path.join(HERE, "int32_le.npy"), "rb") as f:
    raw("int32_native.npy", f.read().replace(b"'<i4'", b"'=i4'"))
manifest.append(manifest[[m.split("\t")[0] for m in manifest].index("int32_le.npy")].replace("int32_le.npy", "int32_native.npy", 1))

# Arrays whose repr exercises wrapping, summarization, scientific notation and non-finite values.
save("repr_3d.npy", np.arange(30.0).reshape(2, 3, 5))
save("repr_summarized.npy", np.arange(2000))
save("repr_summarized_2d.npy", np.arange(3000.0).reshape(30, 100))
save("repr_wrapped_int32.npy", np.arange(40, dtype=np.int32))
save("repr_linspace.npy", np.linspace(0, 1, 7))
save("repr_scientific.npy", np.array([1e-5, 1.5]))
save("repr_big_exponent.npy", np.array([1e100, 1.0]))
save("repr_nonfinite.npy", np.array([np.inf, -np.inf, 1.5]))
save("repr_mixed_sign.npy", np.array([1.5, 2.25, -3.0]))
save("repr_float32.npy", np.array([0.1 + 0.2, 1 / 3], dtype=np.float32))
save("repr_uint8.npy", np.array([255, 200, 0], dtype=np.uint8))
save("repr_zeros_signed.npy", np.array([0.0, -0.0]))

# Results of operations the tests recompute in Java.
save("op_linspace_0_1_7.npy", np.linspace(0, 1, 7))
save("op_linspace_-3.3_7.1_13.npy", np.linspace(-3.3, 7.1, 13))
save("op_linspace_1_1_5.npy", np.linspace(1, 1, 5))
save("op_linspace_0_1_1.npy", np.linspace(0, 1, 1))
save("op_linspace_2.5_-1e10_50.npy", np.linspace(2.5, -1e10, 50))
save("op_arange_0.1_1.0_0.3.npy", np.arange(0.1, 1.0, 0.3))
save("op_arange_0_1_0.1.npy", np.arange(0.0, 1.0, 0.1))
save("op_arange_10_0_-1.5.npy", np.arange(10.0, 0.0, -1.5))
save("op_arange_-1.1_3.3_0.7.npy", np.arange(-1.1, 3.3, 0.7))
# NaN and out-of-range values cast as x86-64 does it (what NumPy gives on the machines Jumba targets).
floats = np.array([-2.7, -0.5, 0.0, 0.5, 2.7, 300.9, -129.2, 65537.5, np.nan, np.inf, 1e10, -3e9, 1e19])
save("op_astype_in.npy", floats)
with np.errstate(invalid="ignore"):
    for target in ["bool", "int8", "uint8", "int16", "int32", "int64", "float32"]:
        save(f"op_astype_float64_to_{target}.npy", floats.astype(target))
ints = np.array([300, -1, 70000, (1 << 40) + 5, -129, 16777217], dtype=np.int64)
save("op_astype_int_in.npy", ints)
for target in ["bool", "int8", "uint8", "int16", "int32", "float32", "float64"]:
    save(f"op_astype_int64_to_{target}.npy", ints.astype(target))

# Files Jumba must reject (not in the manifest).
for name, array in [("complex128.npy", np.array([1 + 2j])), ("unicode.npy", np.array(["abc"])),
                    ("uint16.npy", np.array([1, 2], dtype=np.uint16)),
                    ("structured.npy", np.zeros(2, dtype=[("x", "<i4"), ("y", "<f8")]))]:
    with open(os.path.join(HERE, name), "wb") as f:
        npformat.write_array(f, array, allow_pickle=False)

with open(os.path.join(HERE, "manifest.tsv"), "w") as f:
    f.write("\n".join(manifest) + "\n")
