package io.jumba.codegen;

import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.runtime.ArrayOps;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs a program through both the interpreter and the compiled kernel on copies of the same arguments and asserts
 * they agree: same result (bitwise for floats, element-wise for arrays), same final argument arrays, or the same
 * runtime error (name, message and position).
 */
final class Differential {
    private Differential() {}

    /** Tests run one program on many inputs: compile each once. */
    private static final Map<Program, CompiledKernel> COMPILED = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The agreed result; fails if the backends differ. */
    static Object run(Program p, Object... args) {
        CompiledKernel k = COMPILED.computeIfAbsent(p, KernelCompiler::compile);
        Object[] a1 = copyArgs(args), a2 = copyArgs(args);
        Object r1 = null, r2 = null;
        KernelRuntimeError e1 = null, e2 = null;
        try {
            r1 = Interpreter.run(p, a1);
        } catch (KernelRuntimeError e) {
            e1 = e;
        }
        try {
            r2 = k.invoke(a2);
        } catch (KernelRuntimeError e) {
            e2 = e;
        }
        if (e1 != null || e2 != null) {
            String m1 = e1 == null ? "no error" : e1.getMessage(), m2 = e2 == null ? "no error" : e2.getMessage();
            assertEquals(m1, m2, "interpreter vs compiled error\n" + k.javaSource());
            throw e1;
        }
        assertSame(r1, r2, k.javaSource());
        for (int i = 0; i < args.length; i++) assertSame(a1[i], a2[i], k.javaSource());
        return r1;
    }

    private static void assertSame(Object x, Object y, String source) {
        if (x instanceof NDArray a && y instanceof NDArray b) {
            assertEquals(a.dtype(), b.dtype());
            assertArrayEquals(a.shape(), b.shape());
            int[] pa = ArrayOps.positions(a), pb = ArrayOps.positions(b);
            for (int i = 0; i < pa.length; i++) {
                assertEquals(a.readDouble(pa[i]), b.readDouble(pb[i]), "element " + i + "\n" + source);
                assertEquals(a.readComplex(pa[i]), b.readComplex(pb[i]), "element " + i + "\n" + source);
                assertEquals(a.readLong(pa[i]), b.readLong(pb[i]), "element " + i + "\n" + source);
            }
        } else if (x instanceof Object[] tx && y instanceof Object[] ty) {
            assertEquals(tx.length, ty.length);
            for (int i = 0; i < tx.length; i++) assertSame(tx[i], ty[i], source);
        } else {
            // equals() on Double/Float compares bits, so NaN == NaN and 0.0 != -0.0, as wanted.
            assertEquals(x, y, () -> "interpreter " + x + " vs compiled " + y + "\n" + source);
        }
    }

    private static Object[] copyArgs(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) if (out[i] instanceof NDArray a) out[i] = copy(a);
        return out;
    }

    /** A deep copy that keeps offset, shape and strides (so layouts survive). */
    static NDArray copy(NDArray a) {
        Object data = switch (a.data()) {
            case boolean[] x -> x.clone();
            case byte[] x -> x.clone();
            case short[] x -> x.clone();
            case int[] x -> x.clone();
            case long[] x -> x.clone();
            case float[] x -> x.clone();
            case double[] x -> x.clone();
            default -> throw new IllegalArgumentException("storage " + a.data());
        };
        return new NDArray(a.dtype(), data, a.offset(), a.shape(), a.strides());
    }

}
