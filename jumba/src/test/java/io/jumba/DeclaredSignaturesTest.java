package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decorator signatures through the facade: compiled when the Kernel is handed out, then the only ones used. */
class DeclaredSignaturesTest {
    private static final String SOURCE = """
            from numba import njit

            @njit("float64(float64[:], float64)")
            def scaled_total(a, k):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * k
                return s
            """;

    @Test
    void functionCompilesTheDeclaredSignatureAndCallsConvertToIt() {
        Kernel k = Jumba.jit(SOURCE).function("scaled_total");
        assertEquals(List.of("float64(float64[:], float64)"), k.signatures().stream().map(Signature::toString).toList());
        NDArray a = NDArray.of(new double[] {1, 2, 3});
        assertEquals(12.0, k.call(a, 2L));   // Numba: scaled_total(np.array([1., 2., 3.]), 2) == 12.0
        assertEquals(Type.FLOAT64, k.returnType(a, 2L));
        assertEquals(1, k.signatures().size());
        TypingError e = assertThrows(TypingError.class, () -> k.call(NDArray.of(new long[] {1, 2}), 2.0));
        assertTrue(e.getMessage().startsWith("<string>:4:1: TypingError: No matching definition for argument type(s) "
                + "int64[::1], float64 of 'scaled_total'"), e.getMessage());
    }
}
