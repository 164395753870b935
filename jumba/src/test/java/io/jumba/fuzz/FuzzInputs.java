package io.jumba.fuzz;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.Arrays;

/**
 * The arguments of one call of a fuzz kernel {@code f(a, b, c, m, n, x)} of signature sig: a, b, c of one length,
 * m of rows x cols, each array's values before the cast to its dtype (integer dtypes get their extremes now and then,
 * so narrow arithmetic wraps).
 */
record FuzzInputs(FuzzSignature sig, double[] a, long[] b, boolean[] c, int rows, int cols, double[] m, long n, double x) {
    /** New arrays, as the kernel's arguments (it may write into them). */
    Object[] fresh() {
        return new Object[] {NDArray.of(a).astype(sig.a()), NDArray.of(b).astype(sig.b()), NDArray.of(c),
                NDArray.of(m, rows, cols).astype(sig.m()), n, x};
    }

    static Arbitrary<FuzzInputs> of(FuzzSignature sig) {
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 24);
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 6);
        return Combinators.combine(length, side, side).flatAs((l, r, k) -> Combinators.combine(
                floats().array(double[].class).ofSize(l),
                ints(sig.b()).array(long[].class).ofSize(l),
                Arbitraries.of(true, false).array(boolean[].class).ofSize(l),
                (sig.mIsFloat() ? floats() : ints(sig.m()).map(v -> (double) v)).array(double[].class).ofSize(r * k),
                Arbitraries.longs().between(-20, 20),
                floats()).as((a, b, c, m, n, x) -> new FuzzInputs(sig, a, b, c, r, k, m, n, x)));
    }

    private static Arbitrary<Double> floats() {
        return Arbitraries.doubles().between(-2, 2).ofScale(3);
    }

    /** Small values mostly, the dtype's extremes sometimes (int64's: those of int32, exact as doubles). */
    private static Arbitrary<Long> ints(DType t) {
        long bits = Math.min(t.itemSize() * 8L, 32);
        long max = (1L << (bits - 1)) - 1, min = -max - 1;
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(-50, 50)), Tuple.of(1, Arbitraries.of(min, max, min + 1, max - 1)));
    }

    @Override
    public String toString() {
        return sig + " a=" + Arrays.toString(a) + " b=" + Arrays.toString(b) + " c=" + Arrays.toString(c) + " m("
                + rows + "x" + cols + ")=" + Arrays.toString(m) + " n=" + n + " x=" + x;
    }
}
