package io.jumba.ufunc;

import io.jumba.diag.UFuncException;

import java.util.List;
import java.util.StringJoiner;

/** Broadcasting of operand shapes with NumPy's error messages. */
final class Shapes {
    private Shapes() {}

    /** The broadcast shape, or NumPy's ValueError listing every shape. */
    static int[] broadcast(List<int[]> shapes) {
        int ndim = 0;
        for (int[] s : shapes) ndim = Math.max(ndim, s.length);
        int[] out = new int[ndim];
        java.util.Arrays.fill(out, 1);
        for (int[] s : shapes) {
            for (int d = 0; d < s.length; d++) {
                int o = ndim - s.length + d;
                if (s[d] == out[o] || s[d] == 1) continue;
                if (out[o] != 1) throw mismatch(shapes);
                out[o] = s[d];
            }
        }
        return out;
    }

    private static UFuncException mismatch(List<int[]> shapes) {
        StringBuilder b = new StringBuilder("operands could not be broadcast together with shapes ");
        for (int[] s : shapes) b.append(string(s)).append(' ');
        return new UFuncException("ValueError", b.toString());
    }

    /** A shape as Python prints a tuple: {@code (3,)}, {@code (2,3)}, {@code ()}. */
    static String string(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringJoiner j = new StringJoiner(",", "(", ")");
        for (int s : shape) j.add(Integer.toString(s));
        return j.toString();
    }

    /** NumPy's AxisError text, or the normalized (non-negative) axis. */
    static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new UFuncException("AxisError", "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }
}
