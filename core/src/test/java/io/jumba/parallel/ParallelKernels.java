package io.jumba.parallel;

import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.runtime.ArrayOps;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.types.Signature;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Test harness for parallel kernels: compiles {@code def k(...)} from source with the standard pipeline and checks
 * that the compiled kernel, run with 1, 2, 3, 8 and 16 threads (each twice), gives the reference interpreter's
 * result bit for bit: return value, final argument arrays, or the same runtime error.
 */
final class ParallelKernels {
    static final int[] THREADS = {1, 2, 3, 8, 16};

    private ParallelKernels() {}

    /** The typed program of {@code k} in source (a module without its imports and decorator). */
    static Program typed(String decorator, String body, String... argTypes) {
        String src = "from numba import njit, prange\nimport numpy as np\n\n" + decorator + "\n" + body;
        return io.jumba.typing.TypeInference.specialize(Parser.parse(src, "k.py"), "k",
                Arrays.stream(argTypes).map(Signature::parseType).toList());
    }

    static CompiledKernel compile(Program typed) { return Pipeline.standard().compile(typed); }

    /** Asserts interpreter and compiled kernel agree for every thread count; returns the interpreter's result. */
    static Object agree(Program typed, Object... args) { return agree(typed, typed, args); }

    /**
     * As {@link #agree(Program, Object...)}, the interpreter running {@code reference}: typed itself, or its lowered
     * form, whose whole-array loops the interpreter runs on the chunk grid as compiled code does (on the typed IR it
     * runs a whole-array reduction in sequential order).
     */
    static Object agree(Program reference, Program typed, Object... args) {
        CompiledKernel k = compile(typed);
        assertTrue(k.javaSource().contains("Parallel.run("), "a parallel loop:\n" + k.javaSource());
        Object[] referenceArgs = copies(args);
        Outcome expected = outcome(() -> Interpreter.run(reference, referenceArgs), referenceArgs);
        try {
            for (int threads : THREADS) {
                ThreadCount.set(threads);
                for (int run = 0; run < 2; run++) {
                    Object[] a = copies(args);
                    Outcome actual = outcome(() -> k.invoke(a), a);
                    expected.assertSame(actual, threads + " threads, run " + run + "\n" + k.javaSource());
                }
            }
        } finally {
            ThreadCount.set(0);
        }
        return expected.result;
    }

    private record Outcome(Object result, Object[] args, String error) {
        void assertSame(Outcome o, String where) {
            assertEquals(error, o.error, where);
            same(result, o.result, where);
            for (int i = 0; i < args.length; i++) same(args[i], o.args[i], where);
        }
    }

    private interface Run { Object call(); }

    private static Outcome outcome(Run run, Object[] args) {
        try {
            return new Outcome(run.call(), args, null);
        } catch (KernelRuntimeError e) {
            return new Outcome(null, args, e.getMessage());
        }
    }

    private static void same(Object x, Object y, String where) {
        if (x instanceof NDArray a && y instanceof NDArray b) {
            int[] pa = ArrayOps.positions(a), pb = ArrayOps.positions(b);
            assertEquals(pa.length, pb.length);
            for (int i = 0; i < pa.length; i++) {
                int k = i;  // the message is built only on a failure: where holds the whole generated source
                assertEquals(Double.doubleToRawLongBits(a.readDouble(pa[i])), Double.doubleToRawLongBits(b.readDouble(pb[i])),
                        () -> "element " + k + ": " + a.readDouble(pa[k]) + " vs " + b.readDouble(pb[k]) + ", " + where);
            }
        } else if (x instanceof Object[] tx && y instanceof Object[] ty) {
            assertEquals(tx.length, ty.length);
            for (int i = 0; i < tx.length; i++) same(tx[i], ty[i], where);
        } else {
            assertEquals(x, y, where);
        }
    }

    static Object[] copies(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof NDArray a) {
                NDArray c = NDArray.empty(a.dtype(), a.shape());
                int[] from = ArrayOps.positions(a), to = ArrayOps.positions(c);
                for (int p = 0; p < from.length; p++) {
                    if (a.dtype().isFloat()) c.writeDouble(to[p], a.readDouble(from[p]));
                    else c.writeLong(to[p], a.readLong(from[p]));
                }
                out[i] = c;
            }
        }
        return out;
    }

    /** n doubles of widely varying magnitude and sign, so that the order of a float sum shows in its bits. */
    static NDArray scattered(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = (r.nextDouble() - 0.4) * Math.pow(10, r.nextInt(12) - 6);
        return NDArray.wrap(d);
    }
}
