package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Type;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs a program compiled with the vectorizer and through the reference interpreter on the same inputs. */
final class Differential {
    private Differential() {}

    /**
     * Compiles p with the vectorizer (a runtime fallback to the scalar loop fails), checks it vectorized iff
     * vectorizes, and compares it with the interpreter for trip counts around the lane counts.
     */
    static void check(Program p, boolean vectorizes, VectorOptions options, String name) {
        check(p, vectorizes, options, name, Differential::arguments);
    }

    /**
     * As {@link #check(Program, boolean, VectorOptions, String)}, with the arguments for trip count n made by
     * arguments (called twice per n: one set for each side). Trip counts go around the lane counts of every element
     * size (8 down to 1 bytes).
     */
    static void check(Program p, boolean vectorizes, VectorOptions options, String name,
                      BiFunction<List<Var>, Integer, Object[]> arguments) {
        CompiledKernel k = GuardedVectorizer.compile(p, options);
        assertEquals(vectorizes, k.javaSource().contains("VectorSpecies"),
                () -> "vectorized as expected (" + Explain.of(p, options) + ")\n" + k.javaSource());
        int lanes = options.width().bits() / 8 / 8;
        TreeSet<Integer> trips = new TreeSet<>(List.of(0, 1, 2, 3, 5, 17, 37, 100));
        for (int perByte : new int[] {1, 2, 4, 8}) {
            int l = Math.max(1, lanes * perByte);
            trips.addAll(List.of(Math.max(0, l - 1), l, l + 1, 3 * l + 1, 16 * l + 3));
        }
        for (int n : trips) compare(p, k, () -> arguments.apply(p.entry().params(), n), name + " n=" + n, false);
    }

    /**
     * Runs p in the interpreter and k on two fresh sets of arguments from args and compares the results and every
     * array argument afterwards, and the whole buffer under each (so a write outside a view shows): exactly, or with
     * exact false to a relative 1e-12 (float32: 1e-5).
     */
    static void compare(Program p, CompiledKernel k, Supplier<Object[]> args, String where, boolean exact) {
        Object[] forInterp = args.get();
        Object[] forCompiled = args.get();
        Object expected = Interpreter.run(p, forInterp);
        Object actual = k.invoke(forCompiled);
        assertClose(expected, actual, where, exact);
        for (int a = 0; a < forInterp.length; a++) {
            if (forInterp[a] instanceof NDArray e) {
                NDArray got = (NDArray) forCompiled[a];
                for (int q = 0; q < e.size(); q++) {
                    int[] idx = new int[e.ndim()];
                    for (int d = e.ndim() - 1, rest = q; d >= 0; d--) {
                        idx[d] = rest % e.shape(d);
                        rest /= e.shape(d);
                    }
                    assertClose(e.get(idx), got.get(idx), where + " arg " + a + " element " + q, exact);
                }
                assertClose(NDArray.wrap(e.dtype(), e.data()), NDArray.wrap(got.dtype(), got.data()), where + " arg " + a + " buffer", exact);
            }
        }
    }

    private static void assertClose(Object expected, Object actual, String where, boolean exact) {
        if (expected instanceof NDArray e) {
            NDArray got = (NDArray) actual;
            assertEquals(e.size(), got.size(), where);
            NDArray flatE = e.ravel(), flatG = got.ravel();
            for (int q = 0; q < e.size(); q++) assertClose(flatE.get(q), flatG.get(q), where + " element " + q, exact);
            return;
        }
        if (!exact && (expected instanceof Double || expected instanceof Float)) {
            double e = ((Number) expected).doubleValue(), a = ((Number) actual).doubleValue();
            double tol = (expected instanceof Float ? 1e-5 : 1e-12) * Math.max(1.0, Math.abs(e));
            assertTrue(e == a || Math.abs(e - a) <= tol || (Double.isNaN(e) && Double.isNaN(a)), where + ": expected " + e + " got " + a);
            assertEquals(expected.getClass(), actual.getClass(), where);
        } else {
            assertEquals(expected, actual, where);
        }
    }

    /**
     * Arguments for params: 1-d arrays of n elements starting at offset 1 of a longer buffer (so never aligned),
     * 2-d arrays 3 x n.
     */
    static Object[] arguments(List<Var> params, int n) {
        Random rnd = new Random(42 + n);
        Object[] args = new Object[params.size()];
        for (int k = 0; k < args.length; k++) {
            Type t = params.get(k).type();
            if (t instanceof Type.Array a) {
                // a 1-d "out" holds one element per row of the 2-d input
                int len = params.get(k).name().equals("out") ? 3 : n;
                NDArray buf = NDArray.zeros(a.dtype(), a.ndim() == 1 ? len + 3 : 3 * n + 3);
                for (int q = 0; q < buf.size(); q++) {
                    if (a.dtype().isFloat()) buf.writeDouble(q, a.dtype() == DType.FLOAT32 ? (float) (rnd.nextDouble() * 4 - 2) : rnd.nextDouble() * 4 - 2);
                    else if (a.dtype().isBool()) buf.writeLong(q, rnd.nextInt(2));
                    else buf.writeLong(q, rnd.nextInt(2001) - 1000);
                }
                args[k] = a.ndim() == 1 ? buf.slice(0, 1, len + 1, 1) : NDArray.wrap(DType.FLOAT64, buf.data(), 3 * n + 3).slice(0, 0, 3 * n, 1).reshape(3, n);
            } else {
                DType d = ((Type.Scalar) t).dtype();
                args[k] = switch (d) {
                    case FLOAT64 -> 1.25;
                    case FLOAT32 -> 0.75f;
                    case INT64 -> 3L;
                    case INT32 -> 3;
                    case INT16 -> (short) 3;
                    case INT8 -> (byte) 3;
                    case UINT8 -> (short) 200;
                    case UINT16 -> 60000;
                    case UINT32 -> 4_000_000_000L;
                    case UINT64 -> -3L; // 2**64 - 3
                    case BOOL -> true;
                    case COMPLEX64, COMPLEX128 -> new io.jumba.array.Complex(1.25, -0.5);
                };
            }
        }
        return args;
    }
}
