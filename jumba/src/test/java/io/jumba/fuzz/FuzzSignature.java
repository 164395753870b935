package io.jumba.fuzz;

import io.jumba.array.DType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The dtypes of a fuzz kernel's arrays {@code f(a, b, c, m, n, x)}: a 1-D float array a, a 1-D integer array b, a
 * 1-D bool array c (of a's length) and a 2-D array m of any numeric dtype; n is an int64, x a float64.
 */
record FuzzSignature(DType a, DType b, DType m) {
    static final DType[] FLOATS = {DType.FLOAT64, DType.FLOAT32};
    static final DType[] INTS = {DType.INT64, DType.INT32, DType.INT16, DType.INT8};

    static Arbitrary<FuzzSignature> any() {
        return Combinators.combine(Arbitraries.of(FLOATS), Arbitraries.of(INTS),
                Arbitraries.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.INT16, DType.INT8))
                .as(FuzzSignature::new);
    }

    boolean mIsFloat() { return m.isFloat(); }

    /** Whether any array is float32, whose reassociated sums differ in float32's last bits. */
    boolean hasFloat32() { return a == DType.FLOAT32 || m == DType.FLOAT32; }
}
