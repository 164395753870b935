package io.jumba;

import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Kernel#inspectTypes}: the typed IR of a signature, as Numba's {@code inspect_types} shows it. */
class InspectTypesTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def scaled_sum(a, k):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * k
                return s
            """;

    @Test
    void showsEveryVariableWithItsTypeForTheSignature() {
        Kernel k = Jumba.jit(SOURCE).function("scaled_sum");
        assertEquals(EXPECTED_FLOAT, k.inspectTypes("(float64[::1], int64)"));
    }

    @Test
    void typesFollowTheSignatureNotTheFirstCall() {
        Kernel k = Jumba.jit(SOURCE).function("scaled_sum");
        k.call(NDArray.of(new double[] {1, 2}), 3L);
        assertEquals(EXPECTED_INT32, k.inspectTypes("(int32[:], float64)"));
    }

    private static final String EXPECTED_FLOAT = """
            def scaled_sum__float64_1dC_int64(a: float64[::1], k: int64) -> float64:
              s: float64 = 0.0
              for i: int64 in range(0, a.shape[0], 1):
                s: float64 = (s + (a[i] * float64(k)))
              return s
            """;

    private static final String EXPECTED_INT32 = """
            def scaled_sum__int32_1dA_float64(a: int32[:], k: float64) -> float64:
              s: float64 = 0.0
              for i: int64 in range(0, a.shape[0], 1):
                s: float64 = (s + (float64(a[i]) * k))
              return s
            """;
}
