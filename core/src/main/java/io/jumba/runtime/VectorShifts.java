package io.jumba.runtime;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Lanewise {@code <<} and {@code >>} with the results of {@link Scalars#shl}/{@link Scalars#shr}, called by the code
 * the vectorize module generates. The Vector API's LSHL/ASHR take the count modulo the lane width; NumPy's counts
 * outside [0, 64) give 0 (or the sign for {@code >>}). int32 lanes are computed in int64 by the scalar code and
 * wrapped, so there counts from 32 on already give 0 and the sign.
 */
public final class VectorShifts {
    private VectorShifts() {}

    public static LongVector shl(LongVector a, LongVector count) {
        return a.lanewise(VectorOperators.LSHL, count).blend(0L, count.compare(VectorOperators.UGE, 64L));
    }

    public static LongVector shr(LongVector a, LongVector count) {
        return a.lanewise(VectorOperators.ASHR, count.blend(63L, count.compare(VectorOperators.UGE, 64L)));
    }

    /** uint64's logical {@code >>} ({@link Scalars#shrUnsigned}): counts outside [0, 64) give 0. */
    public static LongVector shrUnsigned(LongVector a, LongVector count) {
        return a.lanewise(VectorOperators.LSHR, count).blend(0L, count.compare(VectorOperators.UGE, 64L));
    }

    public static IntVector shl(IntVector a, IntVector count) {
        return a.lanewise(VectorOperators.LSHL, count).blend(0, count.compare(VectorOperators.UGE, 32));
    }

    public static IntVector shr(IntVector a, IntVector count) {
        return a.lanewise(VectorOperators.ASHR, count.blend(31, count.compare(VectorOperators.UGE, 32)));
    }
}
