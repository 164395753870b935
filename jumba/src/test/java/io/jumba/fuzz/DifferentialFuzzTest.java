package io.jumba.fuzz;

import io.jumba.CompiledModules;
import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential fuzzing: random well-typed kernels ({@link KernelSources}) on random inputs ({@link FuzzInputs}) give
 * what the reference interpreter gives, compiled at every vector width. Strict compiles (float sums in sequential
 * order) must agree bit for bit: the result, all four arrays afterwards, or the same Python error. Default compiles
 * reassociate vectorized float reductions, so their floats may differ by a tolerance: {@link #TOLERANCE} relative
 * to the magnitude (at least 1) when only float64 is summed, {@link #TOLERANCE_F32} relative to the magnitude (at
 * least {@link #SCALE_F32}) when float32 values are (the generated values stay within about 10^4, where
 * reassociation changes at most the last few bits of either type). The normal test run tries a fixed slice
 * (seed 15); docs/reliability.md gives the command for a long run.
 */
class DifferentialFuzzTest {
    private static final double TOLERANCE = 1e-9;
    private static final double TOLERANCE_F32 = 1e-5;
    private static final double SCALE_F32 = 1e3;
    private static final SpeciesWidth[] WIDTHS = {SpeciesWidth.S64, SpeciesWidth.S128, SpeciesWidth.S256, SpeciesWidth.S512};

    /** One kernel with the inputs of one call. */
    record FuzzCase(String source, FuzzInputs inputs) {
        @Override
        public String toString() { return inputs + "\n" + source; }
    }

    /** What a call did: its error's Python name, or its value and the arrays as it left them (floats, then the rest). */
    record Outcome(String error, Object value, double[] floats, long[] others) {
        static Outcome of(Kernel k, boolean interpret, FuzzInputs in) {
            Object[] args = in.fresh();
            try {
                Object value = interpret ? k.interpret(args) : k.call(args);
                NDArray a = (NDArray) args[0], b = (NDArray) args[1], c = (NDArray) args[2], m = (NDArray) args[3];
                double[] floats = concat(a.toFlatDoubleArray(), in.sig().mIsFloat() ? m.toFlatDoubleArray() : new double[0]);
                long[] others = concat(b.toFlatLongArray(), c.toFlatLongArray(), in.sig().mIsFloat() ? new long[0] : m.toFlatLongArray());
                return new Outcome(null, value, floats, others);
            } catch (KernelRuntimeError e) {
                return new Outcome(e.pythonName(), null, null, null);
            }
        }

        private static double[] concat(double[] x, double[] y) {
            double[] all = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, all, x.length, y.length);
            return all;
        }

        private static long[] concat(long[] x, long[] y, long[] z) {
            long[] all = Arrays.copyOf(x, x.length + y.length + z.length);
            System.arraycopy(y, 0, all, x.length, y.length);
            System.arraycopy(z, 0, all, x.length + y.length, z.length);
            return all;
        }
    }

    @Property(tries = 30)
    @AddLifecycleHook(FuzzBudget.class)
    void compiledKernelsAgreeWithTheInterpreter(@ForAll("cases") FuzzCase fuzz) {
        Statistics.collect(check(fuzz.source(), fuzz.inputs()));
    }

    /**
     * Fails unless source, compiled at every width, strict and not, does on in what the interpreter does; returns
     * what that was ("value" or the error's name).
     */
    static String check(String source, FuzzInputs in) {
        KernelModule module;
        Outcome expected;
        try {
            module = CompiledModules.of(source, "fuzz.py", VectorOptions.DEFAULT);
            expected = Outcome.of(module.function("f"), true, in);
        } catch (JumbaException e) {
            if (e instanceof KernelRuntimeError) throw e;
            throw new AssertionError("the generator made a kernel that does not compile: " + e.getMessage() + "\n" + source, e);
        }
        boolean float32 = in.sig().hasFloat32() || source.substring(source.indexOf("def f(")).contains("g0 ");
        double tolerance = float32 ? TOLERANCE_F32 : TOLERANCE, scale = float32 ? SCALE_F32 : 1.0;
        for (SpeciesWidth w : WIDTHS) {
            KernelModule strict = CompiledModules.of(source, "fuzz.py", VectorOptions.DEFAULT.withWidth(w).withStrict(true));
            same(expected, Outcome.of(strict.function("f"), false, in), 0.0, scale, "strict, " + w + " bits", source, in);
            KernelModule loose = CompiledModules.of(source, "fuzz.py", VectorOptions.DEFAULT.withWidth(w));
            same(expected, Outcome.of(loose.function("f"), false, in), tolerance, scale, w + " bits", source, in);
        }
        return expected.error() == null ? "value" : expected.error();
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        return FuzzSignature.any().flatMap(sig -> Combinators.combine(KernelSources.kernels(sig), FuzzInputs.of(sig)).as(FuzzCase::new));
    }

    /** Whether got is expected, bit for bit when tolerance is 0. */
    private static void same(Outcome expected, Outcome got, double tolerance, double scale, String how, String source, FuzzInputs in) {
        String where = how + " differs from the interpreter on " + in + "\n" + source;
        assertEquals(expected.error(), got.error(), where);
        if (expected.error() != null) return;
        if (expected.value() instanceof Double e && got.value() instanceof Double g) {
            close(e, g, tolerance, scale, "result: " + where);
        } else {
            assertEquals(expected.value(), got.value(), "result: " + where);
        }
        assertTrue(Arrays.equals(expected.others(), got.others()), () -> "b, c (and int m): " + Arrays.toString(got.others())
                + " not " + Arrays.toString(expected.others()) + "; " + where);
        for (int i = 0; i < expected.floats().length; i++) {
            close(expected.floats()[i], got.floats()[i], tolerance, scale, "a (then float m) [" + i + "]: " + where);
        }
    }

    private static void close(double expected, double got, double tolerance, double scale, String where) {
        if (Double.compare(expected, got) == 0) return;
        boolean near = tolerance > 0 && Double.isFinite(expected) && Double.isFinite(got)
                && Math.abs(expected - got) <= tolerance * Math.max(scale, Math.abs(expected));
        if (!near) fail(got + " instead of " + expected + " in " + where);
    }
}
