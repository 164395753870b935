package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
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

    private static TestKernelHost.Compiled compile(String function, String verdict) {
        Program p = PythonKernels.compile(SOURCE, function, List.of(Type.array(DType.FLOAT64, 1, Layout.C), Type.FLOAT64));
        String explained = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(explained.contains(verdict), explained);
        return TestKernelHost.compile(p.entry(), new Vectorizer(VectorOptions.DEFAULT), true);
    }

    @Test
    void nanElementsAreIgnoredAndANanStartIsKept() {
        TestKernelHost.Compiled lowest = compile("lowest", "reductions: lo (min)");
        TestKernelHost.Compiled highest = compile("highest", "reductions: hi (max)");
        double[] values = new double[41];
        for (int i = 0; i < values.length; i++) values[i] = (i * 7919 % 41) - 20.5;
        values[3] = NAN;
        values[17] = NAN;
        values[40] = NAN;
        NDArray a = NDArray.of(values);
        assertEquals(-20.5, lowest.call(a, 0.0));
        assertEquals(19.5, highest.call(a, 0.0));
        assertEquals(NAN, lowest.call(a, NAN));
        assertEquals(NAN, highest.call(a, NAN));
        NDArray allNan = NDArray.of(new double[] {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN});
        assertEquals(5.0, lowest.call(allNan, 5.0));
        assertEquals(5.0, highest.call(allNan, 5.0));
    }
}
