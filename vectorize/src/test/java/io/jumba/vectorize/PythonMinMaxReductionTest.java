package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Python's float {@code m = max(m, a[i])} vectorizes as a compare-and-blend reduction that, like Numba, ignores a NaN
 * element (the challenger never wins) but keeps a NaN start value.
 */
class PythonMinMaxReductionTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def lowest(a, start):
                lo = start
                for i in range(a.shape[0]):
                    lo = min(lo, a[i])
                return lo

            @njit
            def highest(a, start):
                hi = start
                for i in range(a.shape[0]):
                    hi = max(hi, a[i])
                return hi
            """;
    private static final double NAN = Double.NaN;

    private static CompiledKernel compile(String function, String verdict) {
        Program p = PythonKernels.compile(SOURCE, function, List.of(Type.array(DType.FLOAT64, 1, Layout.C), Type.FLOAT64));
        String explained = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(explained.contains(verdict), explained);
        return GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
    }

    @Test
    void nanElementsAreIgnoredAndANanStartIsKept() {
        CompiledKernel lowest = compile("lowest", "reductions: lo (min)");
        CompiledKernel highest = compile("highest", "reductions: hi (max)");
        double[] values = new double[41];
        for (int i = 0; i < values.length; i++) values[i] = (i * 7919 % 41) - 20.5;
        values[3] = NAN;
        values[17] = NAN;
        values[40] = NAN;
        NDArray a = NDArray.of(values);
        assertEquals(-20.5, lowest.invoke(a, 0.0));
        assertEquals(19.5, highest.invoke(a, 0.0));
        assertEquals(NAN, lowest.invoke(a, NAN));
        assertEquals(NAN, highest.invoke(a, NAN));
        NDArray allNan = NDArray.of(new double[] {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN});
        assertEquals(5.0, lowest.invoke(allNan, 5.0));
        assertEquals(5.0, highest.invoke(allNan, 5.0));
    }
}
