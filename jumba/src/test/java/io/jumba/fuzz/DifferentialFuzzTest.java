package io.jumba.fuzz;

import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.vectorize.SpeciesWidth;
import io.jumba.vectorize.VectorOptions;
import net.jqwik.api.Arbitraries;
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
 * Differential fuzzing: random well-typed kernels ({@link KernelSources}) on random inputs give what the reference
 * interpreter gives, compiled at every vector width. Strict compiles (float sums in sequential order) must agree bit
 * for bit: the result, both arrays afterwards, or the same Python error. Default compiles reassociate vectorized
 * float reductions, so their floats agree within {@link #TOLERANCE} relative to the magnitude (the generated values
 * stay within about 10^4, where reassociation changes at most the last few bits). The normal test run tries a fixed
 * slice (seed 15); docs/reliability.md gives the command for a long run.
 */
class DifferentialFuzzTest {
    private static final double TOLERANCE = 1e-9;
    private static final SpeciesWidth[] WIDTHS = {SpeciesWidth.S64, SpeciesWidth.S128, SpeciesWidth.S256, SpeciesWidth.S512};

    /** The arguments of one call: a (float64) and b (int64) of one length, n, x. */
    record Inputs(double[] a, long[] b, long n, double x) {
        Object[] fresh() {
            return new Object[] {NDArray.of(a), NDArray.of(b), n, x};
        }

        @Override
        public String toString() {
            return "a=" + Arrays.toString(a) + " b=" + Arrays.toString(b) + " n=" + n + " x=" + x;
        }
    }

    /** What a call did: its error's Python name, or its value and the arrays as it left them. */
    record Outcome(String error, Object value, double[] a, long[] b) {
        static Outcome of(Kernel k, boolean interpret, Inputs in) {
            Object[] args = in.fresh();
            try {
                Object value = interpret ? k.interpret(args) : k.call(args);
                return new Outcome(null, value, ((NDArray) args[0]).toFlatDoubleArray(), ((NDArray) args[1]).toFlatLongArray());
            } catch (KernelRuntimeError e) {
                return new Outcome(e.pythonName(), null, null, null);
            }
        }
    }

    @Property(tries = 30)
    @AddLifecycleHook(FuzzBudget.class)
    void compiledKernelsAgreeWithTheInterpreter(@ForAll("kernels") String source, @ForAll("inputs") Inputs in) {
        Statistics.collect(check(source, in));
    }

    /**
     * Fails unless source, compiled at every width, strict and not, does on in what the interpreter does; returns
     * what that was ("value" or the error's name).
     */
    static String check(String source, Inputs in) {
        KernelModule module;
        Outcome expected;
        try {
            module = new KernelModule(Parser.parse(source, "fuzz.py"), VectorOptions.DEFAULT, false);
            expected = Outcome.of(module.function("f"), true, in);
        } catch (JumbaException e) {
            if (e instanceof KernelRuntimeError) throw e;
            throw new AssertionError("the generator made a kernel that does not compile: " + e.getMessage() + "\n" + source, e);
        }
        for (SpeciesWidth w : WIDTHS) {
            KernelModule strict = new KernelModule(Parser.parse(source, "fuzz.py"), VectorOptions.DEFAULT.withWidth(w).withStrict(true), false);
            same(expected, Outcome.of(strict.function("f"), false, in), 0.0, "strict, " + w + " bits", source, in);
            KernelModule loose = new KernelModule(Parser.parse(source, "fuzz.py"), VectorOptions.DEFAULT.withWidth(w), false);
            same(expected, Outcome.of(loose.function("f"), false, in), TOLERANCE, w + " bits", source, in);
        }
        return expected.error() == null ? "value" : expected.error();
    }

    @Provide
    Arbitrary<String> kernels() {
        return KernelSources.kernels();
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Arbitraries.integers().between(1, 40).flatMap(length -> Combinators.combine(
                Arbitraries.doubles().between(-2, 2).ofScale(3).array(double[].class).ofSize(length),
                Arbitraries.longs().between(-50, 50).array(long[].class).ofSize(length),
                Arbitraries.longs().between(-20, 20),
                Arbitraries.doubles().between(-2, 2).ofScale(3)).as(Inputs::new));
    }

    /** Whether got is expected, bit for bit when tolerance is 0. */
    private static void same(Outcome expected, Outcome got, double tolerance, String how, String source, Inputs in) {
        String where = how + " differs from the interpreter on " + in + "\n" + source;
        assertEquals(expected.error(), got.error(), where);
        if (expected.error() != null) return;
        if (expected.value() instanceof Double e && got.value() instanceof Double g) {
            close(e, g, tolerance, "result: " + where);
        } else {
            assertEquals(expected.value(), got.value(), "result: " + where);
        }
        assertTrue(Arrays.equals(expected.b(), got.b()), () -> "b: " + Arrays.toString(got.b()) + " not "
                + Arrays.toString(expected.b()) + "; " + where);
        for (int i = 0; i < expected.a().length; i++) close(expected.a()[i], got.a()[i], tolerance, "a[" + i + "]: " + where);
    }

    private static void close(double expected, double got, double tolerance, String where) {
        if (Double.compare(expected, got) == 0) return;
        boolean near = tolerance > 0 && Double.isFinite(expected) && Double.isFinite(got)
                && Math.abs(expected - got) <= tolerance * Math.max(1.0, Math.abs(expected));
        if (!near) fail(got + " instead of " + expected + " in " + where);
    }
}
