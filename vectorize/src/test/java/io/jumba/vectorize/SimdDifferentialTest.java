package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.Program;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every kernel compiled with the vectorizer at each species width, run on odd-offset slices for trip counts around
 * the lane count, and compared with the reference interpreter.
 */
class SimdDifferentialTest {
    private static final KernelOptions FASTMATH = new KernelOptions(false, true, "python", false, false, false);
    private static final KernelOptions NUMPY_ERRORS = new KernelOptions(false, false, "numpy", false, false, false);

    /** vectorizes: at every width, except that mixed-width kernels stay scalar at 64 bits. */
    private record Case(String name, Supplier<Program> kernel, boolean vectorizes, boolean mixed) {
        Case(String name, Supplier<Program> kernel, boolean vectorizes) { this(name, kernel, vectorizes, false); }
    }

    private static List<Case> cases() {
        return List.of(
                new Case("sum f64", () -> Kernels.sum(DType.FLOAT64), true),
                new Case("sum i64", () -> Kernels.sum(DType.INT64), true),
                new Case("sum f32", () -> Kernels.sum(DType.FLOAT32), true),
                new Case("dot f64", () -> Kernels.dot(DType.FLOAT64, false), true),
                new Case("dot f32->f64 (mixed widths)", () -> Kernels.dot(DType.FLOAT32, true), true, true),
                new Case("axpy", () -> Kernels.axpy(KernelOptions.DEFAULT), true),
                new Case("axpy fastmath", () -> Kernels.axpy(FASTMATH), true),
                new Case("triad f32", Kernels::triad, true),
                new Case("exp map", Kernels::expMap, true),
                new Case("clip if/else", Kernels::clipIf, true),
                new Case("clip min/max", Kernels::clipMinMax, true),
                new Case("count positive", Kernels::countPositive, true),
                new Case("max reduction", Kernels::maxReduce, true),
                new Case("int32 add and bit ops", Kernels::int32Ops, true),
                new Case("int32 xor reduction", Kernels::xorReduce, true),
                new Case("product f64", () -> Kernels.product(DType.FLOAT64), true),
                new Case("product i64", () -> Kernels.product(DType.INT64), true),
                new Case("product i32", () -> Kernels.product(DType.INT32), true),
                new Case("and reduction i64", () -> Kernels.bitReduce(BinOp.BITAND, DType.INT64), true),
                new Case("and reduction i32", () -> Kernels.bitReduce(BinOp.BITAND, DType.INT32), true),
                new Case("or reduction i64", () -> Kernels.bitReduce(BinOp.BITOR, DType.INT64), true),
                new Case("or reduction i32", () -> Kernels.bitReduce(BinOp.BITOR, DType.INT32), true),
                new Case("divide numpy errors", () -> Kernels.divide(NUMPY_ERRORS), true),
                new Case("row sums 2-d", Kernels::rowSums, true),
                new Case("recurrence (scalar)", Kernels::shiftRecurrence, false));
    }

    @TestFactory
    List<DynamicTest> vectorizedMatchesInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            for (Case c : cases()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " @" + w, () -> check(c, DEFAULT_OPTIONS.withWidth(w))));
            }
        }
        return tests;
    }

    private static final VectorOptions DEFAULT_OPTIONS = VectorOptions.DEFAULT;

    private static void check(Case c, VectorOptions options) {
        boolean expected = c.vectorizes() && !(c.mixed() && options.width() == SpeciesWidth.S64);
        Differential.check(c.kernel().get(), expected, options, c.name());
    }
}
