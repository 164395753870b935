package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.KernelOptions;
import io.jumba.interp.Interpreter;
import io.jumba.ir.BinOp;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python semantics the vector path must keep: faults, aliasing between arguments, the index after the loop. */
class SimdSemanticsTest {
    private static final Var I = Kernels.I;

    private static CompiledKernel compile(Program p) { return compile(p, VectorOptions.DEFAULT); }

    private static CompiledKernel compile(Program p, VectorOptions options) {
        CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(options));
        assertTrue(k.javaSource().contains("VectorSpecies"), "vectorized\n" + k.javaSource());
        return k;
    }

    private static double[] values(NDArray a) {
        double[] out = new double[a.size()];
        for (int q = 0; q < out.length; q++) out[q] = a.getDouble(q);
        return out;
    }

    /** for i in range(n): b[i] = a[i + 1]  — the last iteration raises IndexError after n - 1 stores. */
    @Test
    void outOfRangeReadRaisesAfterTheSameStores() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64);
        Program p = program("shift", List.of(a, b), Type.NONE,
                forRange(I, dim(a, 0), 3, store(b, load(a, bin(BinOp.ADD, l(I), i64(1))), l(I))), new Stmt.Return(null));
        CompiledKernel k = compile(p);
        NDArray a1 = NDArray.random(1, 37), b1 = NDArray.zeros(DType.FLOAT64, 37);
        NDArray a2 = a1.copy(), b2 = NDArray.zeros(DType.FLOAT64, 37);
        KernelRuntimeError expected = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, a1, b1));
        KernelRuntimeError actual = assertThrows(KernelRuntimeError.class, () -> k.invoke(a2, b2));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertArrayEquals(values(b1), values(b2));
    }

    /** axpy with y = buf[1:] and x = buf[:-1]: partial overlap, so the loop must run scalar and match. */
    @Test
    void overlappingArgumentsFallBackToScalar() {
        Program p = Kernels.axpy(KernelOptions.DEFAULT);
        CompiledKernel k = compile(p);
        NDArray buf1 = NDArray.random(7, 41), buf2 = buf1.copy();
        Interpreter.run(p, 2.0, buf1.slice(0, 0, 40, 1), buf1.slice(0, 1, 41, 1));
        k.invoke(2.0, buf2.slice(0, 0, 40, 1), buf2.slice(0, 1, 41, 1));
        assertArrayEquals(values(buf1), values(buf2));
        NDArray same1 = NDArray.random(8, 40), same2 = same1.copy();
        Interpreter.run(p, 3.0, same1, same1);
        k.invoke(3.0, same2, same2);
        assertArrayEquals(values(same1), values(same2));
    }

    /** A strided (non unit stride) view takes the scalar path and still matches. */
    @Test
    void stridedViewMatches() {
        Program p = Kernels.sum(DType.FLOAT64);
        CompiledKernel k = compile(p);
        NDArray strided = NDArray.random(3, 90).slice(0, 1, 90, 3);
        assertEquals(Interpreter.run(p, strided), k.invoke(strided));
    }

    /** for i in range(n): b[i] = a[i] * 2.0; return i  — the index ends at n - 1 as in Python. */
    @Test
    void indexKeepsItsLastValue() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64);
        Program p = program("last", List.of(a, b), Type.INT64, set(I, i64(-5)),
                forRange(I, dim(a, 0), 3, store(b, bin(BinOp.MUL, load(a, l(I)), f64(2.0)), l(I))), new Stmt.Return(l(I)));
        CompiledKernel k = compile(p);
        for (int n : new int[] {0, 1, 8, 33}) {
            NDArray a1 = NDArray.random(n, n);
            assertEquals(Interpreter.run(p, a1, NDArray.zeros(DType.FLOAT64, n)), k.invoke(a1, NDArray.zeros(DType.FLOAT64, n)), "n=" + n);
        }
    }

    /** FMA only under fastmath: without it a*b+c rounds twice, as the scalar code does. */
    @Test
    void fmaOnlyUnderFastmath() {
        KernelOptions fast = new KernelOptions(false, true, "python", false, false, false);
        assertTrue(compile(Kernels.axpy(fast)).javaSource().contains("VectorOperators.FMA"));
        assertTrue(!compile(Kernels.axpy(KernelOptions.DEFAULT)).javaSource().contains("VectorOperators.FMA"));
    }

    /** The species comes from the options: an explicit width names its constant, the default the preferred one. */
    @Test
    void speciesFollowsTheOptions() {
        assertTrue(compile(Kernels.expMap()).javaSource().contains("DoubleVector.SPECIES_PREFERRED"));
        CompiledKernel k = compile(Kernels.expMap(), VectorOptions.DEFAULT.withWidth(SpeciesWidth.parse("128")));
        assertTrue(k.javaSource().contains("DoubleVector.SPECIES_128"), k.javaSource());
        assertEquals(SpeciesWidth.PREFERRED, SpeciesWidth.parse("Preferred"));
        assertThrows(IllegalArgumentException.class, () -> SpeciesWidth.parse("1024"));
    }

    /** strict keeps float sums scalar (exactly sequential) but still vectorizes integer sums. */
    @Test
    void strictSumIsExactlySequential() {
        VectorOptions strict = VectorOptions.DEFAULT.withStrict(true);
        Program p = Kernels.sum(DType.FLOAT64);
        CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(strict));
        assertTrue(!k.javaSource().contains("VectorSpecies"), k.javaSource());
        NDArray a = NDArray.random(5, 1001);
        assertEquals(Interpreter.run(p, a), k.invoke(a));
        assertTrue(compile(Kernels.sum(DType.INT64), strict).javaSource().contains("VectorSpecies"));
    }
}
